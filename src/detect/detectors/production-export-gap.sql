-- Fine gold exported against the fine gold documented behind it, two ways:
--   EXPORTER: per exporter and calendar block of $3 months (quarters for 3, as Colombia declares
--     royalties), exports against purchases, own declared production and the stock carried in (what
--     it documented and had not exported before, never negative). Consecutive flagged blocks make one
--     episode, reported with its totals.
--   COUNTRY: per country and calendar year, exports against declared production plus gold imports.
-- Exports without a declared fineness (CO-DEX states gross doré weight) take the fineness of the gold
-- the exporter bought, else of the gold bought in its country (country-fineness.sql). An exporter is assessed only where its
-- supply is on file: its country records purchases and, if it holds mining rights, production.
-- $1 relative tolerance, $2 minimum excess (USD), $3 block (months).
WITH gold_price AS (
  SELECT date_trunc('month', period_start)::date AS month, avg(price) * 1000 / grams_per_troy_ounce() AS usd_per_kg
  FROM reference_price
  WHERE metal = 'AU' AND currency = 'USD' AND per_unit = 'ozt' AND period_end < period_start + 31
  GROUP BY 1
),
gold_bought AS (
  SELECT buyer, country, date, coalesce(fine_mass_kg, gross_mass_kg) AS fine_kg, fine_mass_kg, gross_mass_kg
  FROM mineral_transaction
  WHERE metal = 'AU' AND coalesce(fine_mass_kg, gross_mass_kg) IS NOT NULL AND date IS NOT NULL
),
bought_fineness AS (
  SELECT buyer AS party, sum(fine_mass_kg) / sum(gross_mass_kg) AS fineness
  FROM gold_bought WHERE fine_mass_kg IS NOT NULL AND gross_mass_kg > 0 GROUP BY buyer
),
country_fineness AS (/* country-fineness.sql */),
gold_customs AS (
  SELECT c.flow, c.declarant AS party, c.country, date_trunc('month', c.date)::date AS month,
         coalesce(c.fine_mass_kg, c.net_mass_kg * coalesce(b.fineness, cf.fineness)) AS fine_kg,
         c.fine_mass_kg IS NULL AS estimated
  FROM customs_declaration c
  LEFT JOIN bought_fineness b ON b.party = c.declarant
  LEFT JOIN country_fineness cf ON cf.country = c.country
  WHERE c.hs_code LIKE '7108%' AND c.date IS NOT NULL
),
exports AS (
  SELECT * FROM gold_customs WHERE flow = 'EXPORT' AND fine_kg IS NOT NULL AND party IS NOT NULL
),
-- The months production is spread over: those with a gold price or a gold export on file (a table,
-- not a generated series, so that the planner's estimates stay sane).
months AS (
  SELECT month FROM gold_price
  UNION
  SELECT DISTINCT month FROM gold_customs
),
-- Declared production spread evenly over the months it covers (Colombia declares by quarter).
production AS (
  SELECT p.layout, p.id, p.declarant, p.mining_right, p.country, m.month,
         p.quantity_kg / ((extract(year FROM p.period_end) - extract(year FROM p.period_start)) * 12
                          + extract(month FROM p.period_end) - extract(month FROM p.period_start) + 1) AS fine_kg
  FROM production_declaration p
  JOIN months m ON m.month BETWEEN date_trunc('month', p.period_start) AND p.period_end
  WHERE p.metal = 'AU' AND p.quantity_kg IS NOT NULL
),
exporters AS (
  SELECT DISTINCT party, country FROM exports
),
right_holders AS (SELECT DISTINCT unnest(holders) AS party FROM mining_right),
assessable AS (
  SELECT x.party, x.country
  FROM exporters x
  WHERE x.country IN (SELECT DISTINCT country FROM gold_bought)
    AND (x.country IN (SELECT DISTINCT country FROM production)
         OR x.party NOT IN (SELECT party FROM right_holders WHERE party IS NOT NULL))
),
-- Whose production it is: the declarant's, and that of the holders the cadastre lists for the right
-- (the cadastre link survives a mistyped declarant id).
producer AS (
  SELECT DISTINCT p.layout, p.id, a.party
  FROM assessable a
  JOIN mining_right r ON a.party = ANY (r.holders)
  JOIN production_declaration p ON p.mining_right = r.id
  WHERE p.metal = 'AU'
  UNION
  SELECT p.layout, p.id, a.party FROM assessable a JOIN production_declaration p ON p.declarant = a.party
  WHERE p.metal = 'AU'
),
flows AS (
  SELECT party, month, fine_kg AS out_kg, 0 AS in_kg FROM exports
  WHERE party IN (SELECT party FROM assessable)
  UNION ALL
  SELECT buyer, date_trunc('month', date)::date, 0, fine_kg FROM gold_bought
  WHERE buyer IN (SELECT party FROM assessable)
  UNION ALL
  SELECT w.party, p.month, 0, p.fine_kg FROM production p JOIN producer w ON w.layout = p.layout AND w.id = p.id
),
blocks AS (
  SELECT party, (extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1) / $3::int AS block,
         sum(out_kg) AS out_kg, sum(in_kg) AS in_kg
  FROM flows GROUP BY 1, 2
),
block_price AS (
  SELECT (extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1) / $3::int AS block,
         avg(usd_per_kg) AS usd_per_kg
  FROM gold_price GROUP BY 1
),
balances AS (
  SELECT b.*, p.usd_per_kg,
         greatest(0, sum(b.in_kg - b.out_kg) OVER (PARTITION BY b.party ORDER BY b.block) - (b.in_kg - b.out_kg)) AS stock_kg
  FROM blocks b LEFT JOIN block_price p ON p.block = b.block
),
flagged AS (
  SELECT *, block - row_number() OVER (PARTITION BY party ORDER BY block) AS island
  FROM balances
  WHERE out_kg > (in_kg + stock_kg) * (1 + $1::numeric)
    AND (out_kg - in_kg - stock_kg) * usd_per_kg >= $2::numeric
),
episodes AS (
  SELECT party, count(*)::int AS windows, max(out_kg / nullif(in_kg + stock_kg, 0)) AS peak_ratio,
         make_date(min(block) * $3::int / 12, min(block) * $3::int % 12 + 1, 1) AS period_start,
         (make_date(max(block) * $3::int / 12, max(block) * $3::int % 12 + 1, 1)
           + make_interval(months => $3::int) - interval '1 day')::date AS period_end,
         sum(out_kg) AS exports_kg, (array_agg(stock_kg ORDER BY block))[1] AS stock_kg
  FROM flagged GROUP BY party, island
),
exporter_alerts AS (
  SELECT 'EXPORTER' AS kind, e.party AS subject, a.country, e.period_start, e.period_end, e.exports_kg,
         (SELECT coalesce(sum(fine_kg), 0) FROM gold_bought t
           WHERE t.buyer = e.party AND t.date BETWEEN e.period_start AND e.period_end) AS purchases_kg,
         (SELECT coalesce(sum(p.fine_kg), 0) FROM production p JOIN producer w ON w.layout = p.layout AND w.id = p.id
           WHERE w.party = e.party AND p.month BETWEEN e.period_start AND e.period_end) AS production_kg,
         0::numeric AS imports_kg, e.stock_kg,
         (SELECT avg(usd_per_kg) FROM gold_price p WHERE p.month BETWEEN e.period_start AND e.period_end) AS usd_per_kg,
         e.peak_ratio, e.windows,
         (SELECT count(*) FROM customs_declaration c
           WHERE c.declarant = e.party AND c.date BETWEEN e.period_start AND e.period_end
             AND c.hs_code LIKE '7108%' AND c.fine_mass_kg IS NULL)::int AS estimated,
         (SELECT jsonb_agg(item ORDER BY item ->> 'date', item ->> 'role', item ->> 'id') FROM (
            SELECT jsonb_build_object('role', 'export', 'id', c.id, 'layout', c.layout, 'file', f.name,
                                      'row', c.row_number, 'date', c.date, 'netKg', c.net_mass_kg,
                                      'fineKg', c.fine_mass_kg) AS item
            FROM customs_declaration c JOIN source_file f ON f.id = c.source_file_id
            WHERE c.declarant = e.party AND c.flow = 'EXPORT' AND c.hs_code LIKE '7108%'
              AND c.date BETWEEN e.period_start AND e.period_end
            UNION ALL
            SELECT jsonb_build_object('role', 'purchase', 'id', t.id, 'layout', t.layout, 'file', f.name,
                                      'row', t.row_number, 'date', t.date, 'seller', t.seller,
                                      'fineKg', coalesce(t.fine_mass_kg, t.gross_mass_kg))
            FROM mineral_transaction t JOIN source_file f ON f.id = t.source_file_id
            WHERE t.buyer = e.party AND t.metal = 'AU' AND t.date BETWEEN e.period_start AND e.period_end
            UNION ALL
            SELECT jsonb_build_object('role', 'production', 'id', p.id, 'layout', p.layout, 'file', f.name,
                                      'row', p.row_number, 'date', p.period_start, 'periodEnd', p.period_end,
                                      'fineKg', p.quantity_kg)
            FROM producer w
            JOIN production_declaration p ON p.layout = w.layout AND p.id = w.id
            JOIN source_file f ON f.id = p.source_file_id
            WHERE w.party = e.party AND p.period_end >= e.period_start AND p.period_start <= e.period_end
          ) AS items) AS evidence
  FROM episodes e JOIN assessable a ON a.party = e.party
),
national AS (
  SELECT country, date_trunc('year', month)::date AS year, fine_kg AS out_kg, 0 AS production_kg,
         0 AS imports_kg, estimated
  FROM exports
  UNION ALL
  SELECT country, date_trunc('year', month)::date, 0, fine_kg, 0, false FROM production
  UNION ALL
  SELECT country, date_trunc('year', month)::date, 0, 0, fine_kg, false
  FROM gold_customs WHERE flow = 'IMPORT' AND fine_kg IS NOT NULL
),
country_years AS (
  SELECT n.country, n.year, sum(n.out_kg) AS exports_kg, sum(n.production_kg) AS production_kg,
         sum(n.imports_kg) AS imports_kg, count(*) FILTER (WHERE n.estimated)::int AS estimated,
         (SELECT avg(usd_per_kg) FROM gold_price p WHERE date_trunc('year', p.month) = n.year) AS usd_per_kg
  FROM national n
  WHERE n.country IS NOT NULL
  GROUP BY n.country, n.year
  HAVING sum(n.production_kg) > 0
     AND sum(n.out_kg) > (sum(n.production_kg) + sum(n.imports_kg)) * (1 + $1::numeric)
),
-- A national gap rests on every gold export of the year; production is summed in the figures.
country_alerts AS (
  SELECT 'COUNTRY' AS kind, y.country AS subject, y.country, y.year AS period_start,
         (y.year + interval '1 year' - interval '1 day')::date AS period_end, y.exports_kg,
         0::numeric AS purchases_kg, y.production_kg, y.imports_kg, 0::numeric AS stock_kg, y.usd_per_kg,
         NULL::numeric AS peak_ratio, 0 AS windows, y.estimated,
         (SELECT jsonb_agg(jsonb_build_object('role', 'export', 'id', c.id, 'layout', c.layout, 'file', f.name,
                                              'row', c.row_number, 'date', c.date, 'exporter', c.declarant,
                                              'netKg', c.net_mass_kg, 'fineKg', c.fine_mass_kg)
                           ORDER BY c.date, c.id)
          FROM customs_declaration c JOIN source_file f ON f.id = c.source_file_id
          WHERE c.country = y.country AND c.flow = 'EXPORT' AND c.hs_code LIKE '7108%'
            AND date_trunc('year', c.date) = y.year) AS evidence
  FROM country_years y
  WHERE (y.exports_kg - y.production_kg - y.imports_kg) * y.usd_per_kg >= $2::numeric
)
SELECT * FROM exporter_alerts
UNION ALL
SELECT * FROM country_alerts
ORDER BY kind DESC, subject, period_start
