-- The national gold balance, by country and month: fine gold declared produced, bought by traders,
-- exported, and imported from the country as its partners report, each in fine kg and US dollars.
-- Dollars are the records' own where they have them (declared value of production; the price of a
-- purchase, in dollars or at the record's exchange rate; FOB of an export; the partner's reported
-- value, CIF as a rule), else the fine gold at the month's reference gold price.
-- Fine gold: production declared as fine; purchases' fine mass (gross where none is stated); exports'
-- fine mass, else net mass at the fineness of the gold bought in the country (CO-DEX states gross
-- doré weight); partner imports as the net mass partners report. Declarations and statistics that
-- span several months (Colombian quarters) are spread evenly over them.
-- $1 country or NULL, $2 first day or NULL, $3 last day or NULL.
WITH bounds AS (
  SELECT date_trunc('month', coalesce($2::date, '0001-01-01'::date))::date AS first,
         coalesce($3::date, '9999-12-31'::date) AS last
),
spread_production AS (
  SELECT d.country, m.month::date AS month, d.quantity_kg / n.months AS fine_kg,
         d.declared_usd / n.months AS declared_usd
  FROM production_declaration d
  CROSS JOIN LATERAL (SELECT ((extract(year FROM d.period_end) - extract(year FROM d.period_start)) * 12
                              + extract(month FROM d.period_end) - extract(month FROM d.period_start) + 1) AS months) AS n
  CROSS JOIN LATERAL generate_series(date_trunc('month', d.period_start), d.period_end, interval '1 month') AS m(month)
  CROSS JOIN bounds b
  WHERE d.metal = 'AU' AND d.quantity_is_fine AND d.quantity_kg IS NOT NULL AND d.country IS NOT NULL
    AND d.period_end >= b.first AND d.period_start <= b.last
    AND ($1::text IS NULL OR d.country = $1) AND {scope:d.country}
),
purchases AS (
  SELECT t.country, date_trunc('month', t.date)::date AS month, coalesce(t.fine_mass_kg, t.gross_mass_kg) AS fine_kg,
         t.declared_usd, t.fine_mass_kg, t.gross_mass_kg
  FROM mineral_transaction t CROSS JOIN bounds b
  WHERE t.metal = 'AU' AND t.date BETWEEN b.first AND b.last AND t.country IS NOT NULL
    AND ($1::text IS NULL OR t.country = $1) AND {scope:t.country}
),
country_fineness AS (
  SELECT country, sum(fine_mass_kg) / nullif(sum(gross_mass_kg), 0) AS fineness
  FROM purchases WHERE fine_mass_kg IS NOT NULL AND gross_mass_kg > 0 GROUP BY country
),
exports AS (
  SELECT c.country, date_trunc('month', c.date)::date AS month,
         coalesce(c.fine_mass_kg, c.net_mass_kg * cf.fineness, c.net_mass_kg) AS fine_kg, c.fob_usd::float8 AS declared_usd
  FROM customs_declaration c CROSS JOIN bounds b
  LEFT JOIN country_fineness cf ON cf.country = c.country
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '7108%' AND c.date BETWEEN b.first AND b.last AND c.country IS NOT NULL
    AND ($1::text IS NULL OR c.country = $1) AND {scope:c.country}
),
partner_imports AS (
  SELECT s.partner AS country, m.month::date AS month, s.net_mass_kg / n.months AS fine_kg,
         s.value_usd::float8 / n.months AS declared_usd
  FROM trade_statistic s
  CROSS JOIN LATERAL (SELECT ((extract(year FROM s.period_end) - extract(year FROM s.period_start)) * 12
                              + extract(month FROM s.period_end) - extract(month FROM s.period_start) + 1) AS months) AS n
  CROSS JOIN LATERAL generate_series(date_trunc('month', s.period_start), s.period_end, interval '1 month') AS m(month)
  CROSS JOIN bounds b
  WHERE s.flow = 'IMPORT' AND s.hs_code LIKE '7108%' AND s.partner IS NOT NULL
    AND s.period_end >= b.first AND s.period_start <= b.last
    AND ($1::text IS NULL OR s.partner = $1) AND {scope:s.partner}
),
-- Each flow summed by country and month before valuing: dollars declared, and the fine gold that
-- has no declared value, which the month's reference price then values.
flows AS (
  SELECT 'production' AS flow, country, month, fine_kg, declared_usd FROM spread_production
  UNION ALL SELECT 'purchases', country, month, fine_kg, declared_usd FROM purchases
  UNION ALL SELECT 'exports', country, month, fine_kg, declared_usd FROM exports
  UNION ALL SELECT 'partnerImports', country, month, fine_kg, declared_usd FROM partner_imports
),
monthly AS (
  SELECT f.flow, f.country, f.month, sum(f.fine_kg) AS fine_kg, sum(f.declared_usd) AS declared_usd,
         sum(f.fine_kg) FILTER (WHERE f.declared_usd IS NULL) AS unvalued_kg,
         count(*) FILTER (WHERE f.declared_usd IS NULL)::int AS at_reference, count(*)::int AS records
  FROM flows f CROSS JOIN bounds b
  WHERE f.month BETWEEN b.first AND b.last
  GROUP BY f.flow, f.country, f.month
)
SELECT m.country, to_char(m.month, 'YYYY-MM') AS month, m.flow, m.fine_kg::float8 AS "fineKg",
       (CASE WHEN m.at_reference = 0 THEN m.declared_usd
             ELSE coalesce(m.declared_usd, 0) + m.unvalued_kg * g.usd_per_kg END)::float8 AS usd,
       m.at_reference AS "atReference", m.records
FROM monthly m
LEFT JOIN gold_usd_per_kg g ON g.month = m.month
ORDER BY m.country, m.month, m.flow
