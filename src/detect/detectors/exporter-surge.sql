-- Two ways an exporter surges:
--   GROWTH: its fine gold exported in a calendar year, as a monthly average over the months its
--     country's customs data covers (partial years compare fairly; a company registered in the $3
--     months before its first export, from that export on), is $1 times or more that of the year before (zero included, when the data covers
--     that year) and reaches $2 kg a year.
--   FIRST_YEAR: in the first $3 months after its registration (company or tax register), counted
--     from its first export, it ranks in the top $4 of its country's exporters by fine gold over
--     those same months.
-- Exports without a declared fineness (CO-DEX) take the fineness of the gold the exporter bought,
-- else of the gold bought in its country (country-fineness.sql: at a hub, from shared purchase totals).
-- $1 growth factor, $2 minimum fine kg a year, $3 first-year length (months), $4 top fraction.
WITH gold_bought AS (
  SELECT buyer, country, fine_mass_kg, gross_mass_kg
  FROM mineral_transaction
  WHERE metal = 'AU' AND fine_mass_kg IS NOT NULL AND gross_mass_kg > 0
),
bought_fineness AS (
  SELECT buyer AS party, sum(fine_mass_kg) / sum(gross_mass_kg) AS fineness FROM gold_bought GROUP BY buyer
),
country_fineness AS (/* country-fineness.sql */),
exports AS (
  SELECT c.declarant AS party, c.country, c.date, date_trunc('year', c.date)::date AS year,
         coalesce(c.fine_mass_kg, c.net_mass_kg * coalesce(b.fineness, cf.fineness)) AS fine_kg
  FROM customs_declaration c
  LEFT JOIN bought_fineness b ON b.party = c.declarant
  LEFT JOIN country_fineness cf ON cf.country = c.country
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '7108%' AND c.date IS NOT NULL AND c.declarant IS NOT NULL
),
-- The months each country's customs data covers, by year.
coverage AS (
  SELECT country, date_trunc('year', date)::date AS year, count(DISTINCT date_trunc('month', date))::int AS months,
         max(date_trunc('month', date))::date AS last_month
  FROM customs_declaration WHERE flow = 'EXPORT' AND date IS NOT NULL
  GROUP BY 1, 2
),
firsts AS (
  SELECT party, min(date) AS first_export FROM exports WHERE fine_kg IS NOT NULL GROUP BY party
),
registered AS (
  SELECT party, min((body ->> 'validFrom')::date) AS registered_on
  FROM registration
  WHERE register IN ('COMPANY_REGISTER', 'TAX_REGISTER') AND body ->> 'validFrom' IS NOT NULL
  GROUP BY party
),
yearly AS (
  SELECT e.party, e.country, e.year, sum(e.fine_kg) AS fine_kg, count(*)::int AS declarations
  FROM exports e WHERE e.fine_kg IS NOT NULL GROUP BY 1, 2, 3
),
years AS (
  SELECT y.*, a.months, f.first_export,
         y.fine_kg / a.months AS monthly_kg,
         coalesce(p.fine_kg, 0) AS previous_kg, pc.months AS previous_months,
         coalesce(p.fine_kg, 0) / pc.months AS previous_monthly_kg
  FROM yearly y
  JOIN coverage c ON c.country = y.country AND c.year = y.year
  JOIN firsts f ON f.party = y.party
  -- A company registered within the first-year length before its first export is measured, in the
  -- year it starts, from that export on: three months at full volume after nine in which it did not
  -- exist yet are a jump, not a quarter of one. An old company that starts exporting is measured
  -- over the whole year, as any other.
  LEFT JOIN registered r ON r.party = y.party
  CROSS JOIN LATERAL (
    SELECT CASE WHEN date_trunc('year', f.first_export) = y.year
                 AND r.registered_on > f.first_export - make_interval(months => $3::int)
                 AND r.registered_on <= f.first_export
                THEN least(c.months, (extract(year FROM age(c.last_month, date_trunc('month', f.first_export))) * 12
                                      + extract(month FROM age(c.last_month, date_trunc('month', f.first_export))))::int + 1)
                ELSE c.months END AS months
  ) a
  -- The year before must be covered by the country's customs data, or its exports are unknown.
  JOIN coverage pc ON pc.country = y.country AND pc.year = y.year - interval '1 year'
  LEFT JOIN yearly p ON p.party = y.party AND p.country = y.country AND p.year = y.year - interval '1 year'
),
grown AS (
  SELECT 'GROWTH' AS kind, party, country, year AS period_start,
         (year + interval '1 year' - interval '1 day')::date AS period_end,
         fine_kg, months, monthly_kg, previous_kg, previous_months, previous_monthly_kg, first_export,
         NULL::date AS registered_on, NULL::int AS country_rank, NULL::int AS country_exporters
  FROM years
  WHERE monthly_kg >= $1::numeric * previous_monthly_kg AND monthly_kg * 12 >= $2::numeric
),
-- A company's first year after registration, from its first export on (a newcomer is measured by
-- how it ships once it ships), as far as its country's customs data covers it.
first_years AS (
  SELECT r.party, y.country,
         date_trunc('month', greatest(r.registered_on, f.first_export))::date AS window_start,
         least(date_trunc('month', r.registered_on) + make_interval(months => $3::int - 1),
               (SELECT max(last_month) FROM coverage c WHERE c.country = y.country))::date AS window_end,
         r.registered_on
  FROM registered r
  JOIN firsts f ON f.party = r.party
  JOIN (SELECT DISTINCT party, country FROM yearly) y ON y.party = r.party
  WHERE r.registered_on >= (SELECT min(year) FROM coverage c WHERE c.country = y.country)
    AND f.first_export < date_trunc('month', r.registered_on) + make_interval(months => $3::int)
),
window_months AS (
  SELECT w.party, count(DISTINCT date_trunc('month', c.date))::int AS months
  FROM first_years w
  JOIN customs_declaration c ON c.country = w.country AND c.flow = 'EXPORT'
   AND c.date >= w.window_start AND c.date < w.window_end + interval '1 month'
  GROUP BY w.party
),
-- Every exporter of the country ranked over the same months as the newcomer's first year.
window_ranks AS (
  SELECT w.party AS newcomer, e.party, sum(e.fine_kg) AS fine_kg,
         rank() OVER (PARTITION BY w.party ORDER BY sum(e.fine_kg) DESC) AS country_rank,
         count(*) OVER (PARTITION BY w.party) AS country_exporters
  FROM first_years w
  JOIN exports e ON e.country = w.country AND e.date >= w.window_start
   AND e.date < w.window_end + interval '1 month' AND e.fine_kg IS NOT NULL
  GROUP BY w.party, e.party
),
young AS (
  SELECT 'FIRST_YEAR' AS kind, w.party, w.country, w.window_start AS period_start,
         (w.window_end + interval '1 month' - interval '1 day')::date AS period_end,
         k.fine_kg, m.months, k.fine_kg / m.months AS monthly_kg, NULL::numeric AS previous_kg,
         NULL::int AS previous_months, NULL::numeric AS previous_monthly_kg, f.first_export,
         w.registered_on, k.country_rank::int, k.country_exporters::int
  FROM first_years w
  JOIN window_months m ON m.party = w.party
  JOIN window_ranks k ON k.newcomer = w.party AND k.party = w.party
  JOIN firsts f ON f.party = w.party
  WHERE k.country_rank <= ceil(k.country_exporters * $4::numeric)
),
surges AS (
  SELECT * FROM grown UNION ALL SELECT * FROM young
)
SELECT s.*,
       (SELECT jsonb_agg(item ORDER BY item ->> 'date', item ->> 'id') FROM (
          SELECT jsonb_build_object('role', 'export', 'id', c.id, 'layout', c.layout, 'file', f.name,
                                    'row', c.row_number, 'date', c.date, 'netKg', c.net_mass_kg,
                                    'fineKg', c.fine_mass_kg) AS item
          FROM customs_declaration c JOIN source_file f ON f.id = c.source_file_id
          WHERE c.declarant = s.party AND c.flow = 'EXPORT' AND c.hs_code LIKE '7108%'
            AND c.date >= s.period_start - CASE WHEN s.kind = 'GROWTH' THEN interval '1 year' ELSE interval '0' END
            AND c.date <= s.period_end
          UNION ALL
          SELECT jsonb_build_object('role', 'registration', 'id', g.id, 'layout', g.layout, 'file', f.name,
                                    'row', g.row_number, 'date', g.body ->> 'validFrom', 'register', g.register)
          FROM registration g JOIN source_file f ON f.id = g.source_file_id
          WHERE s.kind = 'FIRST_YEAR' AND g.party = s.party AND g.register IN ('COMPANY_REGISTER', 'TAX_REGISTER')
        ) AS items) AS evidence
FROM surges s
ORDER BY s.country, s.party, s.period_start, s.kind
