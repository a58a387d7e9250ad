-- Gold-trading companies that carry the markers of a shell: founded shortly before trading gold,
-- nominal capital, an address shared with other companies, an officer or owner shared with other
-- gold companies, not located at its address (or with none on record) or closed, yet moving gold
-- worth real money.
-- $1 max age in months at the first trade, $2 max capital in COP (the only register with capital,
-- Colombia's RUES), $3 companies at one address, $4 markers needed, $5 minimum gold traded (USD),
-- $6 companies a nominee fronts.
WITH trades AS (
  SELECT t.buyer AS company, t.date, t.fine_mass_kg AS fine_kg FROM mineral_transaction t
  WHERE t.metal = 'AU' AND t.fine_mass_kg IS NOT NULL
  UNION ALL
  SELECT c.declarant, c.date, c.fine_mass_kg FROM customs_declaration c
  WHERE c.flow = 'EXPORT' AND c.fine_mass_kg IS NOT NULL
),
turnover AS (
  SELECT t.company, min(t.date) AS first_trade, max(t.date) AS last_trade, sum(t.fine_kg) AS fine_kg,
         sum(troy_ounces(t.fine_kg) * p.price) AS value_usd
  FROM trades t
  JOIN reference_price p ON p.metal = 'AU' AND p.currency = 'USD' AND p.per_unit = 'ozt'
   AND t.date BETWEEN p.period_start AND p.period_end
  WHERE t.company IS NOT NULL
  GROUP BY t.company
  HAVING sum(troy_ounces(t.fine_kg) * p.price) >= $5::numeric
),
register AS (
  SELECT r.party AS company, min((r.body->>'validFrom')::date) AS registered_on
  FROM registration r
  WHERE r.register IN ('TAX_REGISTER', 'COMPANY_REGISTER') AND r.party IN (SELECT company FROM turnover)
  GROUP BY r.party
),
profile AS (
  SELECT p.id AS company,
         -- A register entry with no address at all leaves the company as unlocatable as NO HABIDO.
         bool_or(p.body #>> '{status,code}' IN ('CANCELLED', 'SUSPENDED')
                 OR p.body #>> '{domicileCondition,code}' = 'NOT_LOCATED'
                 OR (p.layout IN ('PE-PADRON-RUC', 'CO-RUES', 'EC-COMPANIAS', 'BO-SEPREC')
                     AND p.body #>> '{addresses,0,address}' IS NULL))
           AS not_located_or_closed,
         min(CASE WHEN p.raw->>'CAPITAL_COP' ~ '^[0-9]+([.,][0-9]+)?$'
                  THEN replace(p.raw->>'CAPITAL_COP', ',', '.')::numeric END) AS capital_cop,
         min(upper(btrim(p.body #>> '{addresses,0,address}'))) AS address,
         jsonb_agg(jsonb_build_object('id', p.id, 'layout', p.layout, 'file', f.name, 'row', p.row_number))
           FILTER (WHERE p.layout IN ('PE-PADRON-RUC', 'CO-RUES', 'EC-COMPANIAS', 'BO-SEPREC')) AS evidence
  FROM party p JOIN source_file f ON f.id = p.source_file_id
  WHERE p.id IN (SELECT company FROM turnover)
  GROUP BY p.id
),
at_address AS (
  SELECT upper(btrim(p.body #>> '{addresses,0,address}')) AS address, count(DISTINCT p.id)::int AS companies
  FROM party p WHERE p.kind = 'ORGANISATION' AND p.body #>> '{addresses,0,address}' IS NOT NULL
  GROUP BY 1
),
officers AS (
  SELECT DISTINCT interested_party AS person, subject AS company FROM relationship
  WHERE interested_party IS NOT NULL AND subject IS NOT NULL
),
fronted AS (
  SELECT person, count(DISTINCT company)::int AS companies FROM officers GROUP BY person
),
-- An officer shared with another company is common; one fronting $6 or more is a nominee, a
-- marker of its own.
shared_officer AS (
  SELECT o.company, array_agg(DISTINCT o.person ORDER BY o.person) AS people,
         max(fr.companies) >= $6::int AS nominee
  FROM officers o JOIN fronted fr ON fr.person = o.person
  WHERE o.company IN (SELECT company FROM turnover) AND fr.companies > 1
  GROUP BY o.company
),
markers AS (
  SELECT t.company, t.first_trade, t.last_trade, t.fine_kg, t.value_usd, r.registered_on,
         p.capital_cop, p.address, coalesce(a.companies, 0) AS companies_at_address, s.people AS shared_with,
         coalesce(p.evidence, '[]'::jsonb) AS evidence,
         r.registered_on IS NOT NULL AND r.registered_on > t.first_trade - make_interval(months => $1::int) AS young,
         coalesce(p.capital_cop <= $2::numeric, false) AS nominal_capital,
         coalesce(a.companies >= $3::int, false) AS shared_address,
         s.people IS NOT NULL AS shared_officer,
         coalesce(s.nominee, false) AS nominee_officer,
         coalesce(p.not_located_or_closed, false) AS not_located_or_closed
  FROM turnover t
  LEFT JOIN register r ON r.company = t.company
  LEFT JOIN profile p ON p.company = t.company
  LEFT JOIN at_address a ON a.address = p.address
  LEFT JOIN shared_officer s ON s.company = t.company
)
SELECT *, (young::int + nominal_capital::int + shared_address::int + shared_officer::int
           + nominee_officer::int + not_located_or_closed::int) AS marker_count
FROM markers
WHERE (young::int + nominal_capital::int + shared_address::int + shared_officer::int
       + nominee_officer::int + not_located_or_closed::int) >= $4::int
ORDER BY company
