-- A middleman's fine gold out (sold on, or exported) against fine gold in (bought, or produced on its
-- own rights) plus the stock it carried in (what it took in and had not let out before, never
-- negative), per calendar block of $3 months (quarters for 3). A middleman is a party that both buys
-- and sells gold in the purchase registers; an exporter that never sells on is PRODUCTION_EXPORT_GAP's.
-- Consecutive flagged blocks make one episode, reported with its totals. A middleman that holds
-- mining rights is assessed only where its country declares production.
-- $1 relative tolerance, $2 absolute tolerance (fine kg), $3 block (months).
WITH gold_price AS (
  SELECT date_trunc('month', period_start)::date AS month, avg(price) * 1000 / grams_per_troy_ounce() AS usd_per_kg
  FROM reference_price
  WHERE metal = 'AU' AND currency = 'USD' AND per_unit = 'ozt' AND period_end < period_start + 31
  GROUP BY 1
),
gold_trade AS (
  SELECT buyer, seller, country, date, coalesce(fine_mass_kg, gross_mass_kg) AS fine_kg, fine_mass_kg, gross_mass_kg
  FROM mineral_transaction
  WHERE metal = 'AU' AND coalesce(fine_mass_kg, gross_mass_kg) IS NOT NULL AND date IS NOT NULL
),
right_holders AS (SELECT DISTINCT unnest(holders) AS party FROM mining_right),
production_countries AS (SELECT DISTINCT country FROM production_declaration WHERE metal = 'AU'),
middlemen AS (
  SELECT b.party, b.country
  FROM (SELECT buyer AS party, min(country) AS country FROM gold_trade WHERE buyer IS NOT NULL GROUP BY buyer) b
  WHERE b.party IN (SELECT seller FROM gold_trade)
    AND (b.country IN (SELECT country FROM production_countries)
         OR b.party NOT IN (SELECT party FROM right_holders WHERE party IS NOT NULL))
),
bought_fineness AS (
  SELECT buyer AS party, sum(fine_mass_kg) / sum(gross_mass_kg) AS fineness
  FROM gold_trade WHERE fine_mass_kg IS NOT NULL AND gross_mass_kg > 0 AND buyer IN (SELECT party FROM middlemen)
  GROUP BY buyer
),
exports AS (
  SELECT c.declarant AS party, date_trunc('month', c.date)::date AS month,
         coalesce(c.fine_mass_kg, c.net_mass_kg * b.fineness) AS fine_kg
  FROM customs_declaration c
  LEFT JOIN bought_fineness b ON b.party = c.declarant
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '7108%' AND c.date IS NOT NULL
    AND c.declarant IN (SELECT party FROM middlemen)
),
-- Own production: declarations under the middleman's id or for a right the cadastre says it holds.
producer AS (
  SELECT p.layout, p.id, m.party
  FROM middlemen m
  JOIN mining_right r ON m.party = ANY (r.holders)
  JOIN production_declaration p ON p.mining_right = r.id
  WHERE p.metal = 'AU'
  UNION
  SELECT p.layout, p.id, m.party FROM middlemen m JOIN production_declaration p ON p.declarant = m.party
  WHERE p.metal = 'AU'
),
-- Declared production counted in the block its period starts in (blocks of $3 months hold whole
-- monthly and quarterly declarations).
production AS (
  SELECT w.party, p.period_start AS month, p.quantity_kg AS fine_kg
  FROM producer w JOIN production_declaration p ON p.layout = w.layout AND p.id = w.id
  WHERE p.quantity_kg IS NOT NULL
),
flows AS (
  SELECT seller AS party, date AS month, fine_kg AS sold_kg, 0 AS exported_kg, 0 AS bought_kg, 0 AS produced_kg
  FROM gold_trade WHERE seller IN (SELECT party FROM middlemen)
  UNION ALL
  SELECT party, month, 0, fine_kg, 0, 0 FROM exports WHERE fine_kg IS NOT NULL
  UNION ALL
  SELECT buyer, date, 0, 0, fine_kg, 0 FROM gold_trade WHERE buyer IN (SELECT party FROM middlemen)
  UNION ALL
  SELECT party, month, 0, 0, 0, fine_kg FROM production
),
blocks AS (
  SELECT party, (extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1) / $3::int AS block,
         sum(sold_kg) AS sold_kg, sum(exported_kg) AS exported_kg, sum(bought_kg) AS bought_kg,
         sum(produced_kg) AS produced_kg, sum(sold_kg + exported_kg) AS out_kg, sum(bought_kg + produced_kg) AS in_kg
  FROM flows GROUP BY 1, 2
),
block_price AS (
  SELECT (extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1) / $3::int AS block,
         avg(usd_per_kg) AS usd_per_kg
  FROM gold_price GROUP BY 1
),
balances AS (
  SELECT *, greatest(0, sum(in_kg - out_kg) OVER (PARTITION BY party ORDER BY block) - (in_kg - out_kg)) AS stock_kg
  FROM blocks
),
flagged AS (
  SELECT *, block - row_number() OVER (PARTITION BY party ORDER BY block) AS island
  FROM balances
  WHERE out_kg > (in_kg + stock_kg) * (1 + $1::numeric) + $2::numeric
),
episodes AS (
  SELECT f.party, count(*)::int AS blocks, max(f.out_kg / nullif(f.in_kg + f.stock_kg, 0)) AS peak_ratio,
         make_date(min(f.block) * $3::int / 12, min(f.block) * $3::int % 12 + 1, 1) AS period_start,
         (make_date(max(f.block) * $3::int / 12, max(f.block) * $3::int % 12 + 1, 1)
           + make_interval(months => $3::int) - interval '1 day')::date AS period_end,
         sum(f.sold_kg) AS sales_kg, sum(f.exported_kg) AS exports_kg, sum(f.bought_kg) AS purchases_kg,
         sum(f.produced_kg) AS production_kg, (array_agg(f.stock_kg ORDER BY f.block))[1] AS stock_kg,
         avg(p.usd_per_kg) AS usd_per_kg
  FROM flagged f LEFT JOIN block_price p ON p.block = f.block
  GROUP BY f.party, f.island
),
evidence AS (
  SELECT e.party, e.period_start,
         jsonb_build_object('role', CASE WHEN t.seller = e.party THEN 'sale' ELSE 'purchase' END,
                            'id', t.id, 'layout', t.layout, 'file', f.name, 'row', t.row_number,
                            'date', t.date, 'seller', t.seller, 'buyer', t.buyer,
                            'fineKg', coalesce(t.fine_mass_kg, t.gross_mass_kg)) AS item
  FROM episodes e
  JOIN mineral_transaction t ON t.seller = e.party AND t.date BETWEEN e.period_start AND e.period_end
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.metal = 'AU'
  UNION ALL
  SELECT e.party, e.period_start,
         jsonb_build_object('role', 'purchase', 'id', t.id, 'layout', t.layout, 'file', f.name,
                            'row', t.row_number, 'date', t.date, 'seller', t.seller, 'buyer', t.buyer,
                            'fineKg', coalesce(t.fine_mass_kg, t.gross_mass_kg))
  FROM episodes e
  JOIN mineral_transaction t ON t.buyer = e.party AND t.date BETWEEN e.period_start AND e.period_end
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.metal = 'AU' AND t.seller IS DISTINCT FROM e.party
  UNION ALL
  SELECT e.party, e.period_start,
         jsonb_build_object('role', 'export', 'id', c.id, 'layout', c.layout, 'file', f.name,
                            'row', c.row_number, 'date', c.date, 'netKg', c.net_mass_kg, 'fineKg', c.fine_mass_kg)
  FROM episodes e
  JOIN customs_declaration c ON c.declarant = e.party AND c.date BETWEEN e.period_start AND e.period_end
  JOIN source_file f ON f.id = c.source_file_id
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '7108%'
  UNION ALL
  SELECT e.party, e.period_start,
         jsonb_build_object('role', 'production', 'id', p.id, 'layout', p.layout, 'file', f.name,
                            'row', p.row_number, 'date', p.period_start, 'periodEnd', p.period_end,
                            'fineKg', p.quantity_kg)
  FROM episodes e
  JOIN producer w ON w.party = e.party
  JOIN production_declaration p ON p.layout = w.layout AND p.id = w.id
  JOIN source_file f ON f.id = p.source_file_id
  WHERE p.period_start BETWEEN e.period_start AND e.period_end
)
SELECT e.party, m.country, e.period_start, e.period_end, e.blocks, e.peak_ratio, e.stock_kg, e.sales_kg,
       e.exports_kg, e.purchases_kg, e.production_kg, e.usd_per_kg,
       jsonb_agg(v.item ORDER BY v.item ->> 'date', v.item ->> 'role', v.item ->> 'id') AS evidence
FROM episodes e
JOIN middlemen m ON m.party = e.party
JOIN evidence v ON v.party = e.party AND v.period_start = e.period_start
GROUP BY e.party, m.country, e.period_start, e.period_end, e.blocks, e.peak_ratio, e.stock_kg, e.sales_kg,
         e.exports_kg, e.purchases_kg, e.production_kg, e.usd_per_kg
ORDER BY e.party, e.period_start
