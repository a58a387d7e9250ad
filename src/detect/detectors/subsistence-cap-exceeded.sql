-- Gold sold by subsistence miners (barequeros), summed across every buyer, per calendar month and per
-- year. A seller counts as a subsistence miner when the purchase says so or RUCOM registers it so.
-- The cap is on the gold sold, so grams are the mass as sold, not fine content.
-- $1 monthly cap, $2 yearly cap, $3 tolerance (grams).
WITH subsistence AS (
  SELECT party FROM registration WHERE class = 'SUBSISTENCE_MINER'
),
sales AS (
  SELECT t.seller, t.country, t.date, t.buyer, t.gross_mass_kg * 1000 AS grams,
         t.id, t.layout, t.row_number, f.name AS file
  FROM mineral_transaction t
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.metal = 'AU' AND t.gross_mass_kg IS NOT NULL
    AND (t.body #>> '{sellerClass,code}' = 'SUBSISTENCE_MINER' OR t.seller IN (SELECT party FROM subsistence))
),
periods AS (
  SELECT 'MONTH' AS span, date_trunc('month', date)::date AS period_start,
         (date_trunc('month', date) + interval '1 month' - interval '1 day')::date AS period_end,
         $1::numeric AS cap, s.*
  FROM sales s
  UNION ALL
  SELECT 'YEAR', date_trunc('year', date)::date,
         (date_trunc('year', date) + interval '1 year' - interval '1 day')::date, $2::numeric, s.*
  FROM sales s
)
SELECT seller, min(country) AS country, span, period_start, period_end, cap,
       sum(grams) AS grams, count(DISTINCT buyer)::int AS buyers, count(*)::int AS sales,
       jsonb_agg(jsonb_build_object('id', id, 'layout', layout, 'file', file, 'row', row_number,
                                    'buyer', buyer, 'date', date, 'grams', grams) ORDER BY date, id) AS evidence
FROM periods
GROUP BY seller, span, period_start, period_end, cap
HAVING sum(grams) > cap + $3::numeric
ORDER BY seller, period_start, span
