-- Gold exports (HS 7108) valued below the month's reference price per fine troy ounce, or below the
-- inter-quartile fence of the same country's, heading's and month's declarations (Pak-Zdanowicz).
-- Fine content is the declared one; when a layout declares no fineness (Colombia's DEX), the gross
-- weight is brought to fine by the fineness of the gold the exporter bought that month, else by the
-- assays of its own lots: gross weight taken as fine would make every doré look under-valued.
-- The peer quartiles and the exporter-months are MATERIALIZED: with a one-row estimate the planner
-- otherwise recomputes the quartiles once per exporter-month (75 s instead of 3 s at medium scale).
-- $1 minPriceRatio, $2 peerIqrMultiplier, $3 minPeers, $4 minValueAtStakeUsd.
WITH gold AS (
  SELECT r.period_start AS month, r.price,
         jsonb_build_object('id', r.id, 'layout', r.layout, 'file', f.name, 'row', r.row_number,
                            'month', r.period_start, 'usdPerOzt', r.price) AS evidence
  FROM reference_price r
  JOIN source_file f ON f.id = r.source_file_id
  WHERE r.metal = 'AU' AND r.currency = 'USD' AND r.per_unit = 'ozt'
),
bought AS (
  SELECT buyer, date_trunc('month', date)::date AS month, sum(fine_mass_kg) / sum(gross_mass_kg) AS fineness
  FROM mineral_transaction
  WHERE metal = 'AU' AND fine_mass_kg > 0 AND gross_mass_kg > 0
  GROUP BY buyer, date_trunc('month', date)
),
exports AS (
  SELECT c.id, c.layout, c.row_number, c.declarant, c.country, c.hs_code, c.date, c.net_mass_kg,
         c.fine_mass_kg, c.fob_usd, c.body ->> 'number' AS number, f.name AS file,
         date_trunc('month', c.date)::date AS month
  FROM customs_declaration c
  JOIN source_file f ON f.id = c.source_file_id
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '7108%' AND c.fob_usd > 0 AND c.net_mass_kg > 0
),
assayed AS (
  SELECT e.declarant, avg(g.fraction) AS fineness
  FROM exports e
  JOIN assay a ON a.lot_reference = e.number
  CROSS JOIN LATERAL (
    SELECT (x ->> 'value')::numeric / CASE x ->> 'unit' WHEN '%' THEN 100 ELSE 1000000 END AS fraction
    FROM jsonb_array_elements(a.body -> 'contents') x
    WHERE x ->> 'element' = 'AU'
  ) g
  WHERE e.fine_mass_kg IS NULL
  GROUP BY e.declarant
),
valued AS (
  SELECT e.*, p.price, p.evidence AS price_evidence,
         CASE
           WHEN e.fine_mass_kg IS NOT NULL THEN 'DECLARED'
           WHEN b.fineness IS NOT NULL THEN 'PURCHASES'
           WHEN s.fineness IS NOT NULL THEN 'ASSAYS'
         END AS fine_source,
         coalesce(e.fine_mass_kg, e.net_mass_kg * coalesce(b.fineness, s.fineness)) * 1000 / grams_per_troy_ounce() AS fine_ozt
  FROM exports e
  JOIN gold p ON p.month = e.month
  LEFT JOIN bought b ON b.buyer = e.declarant AND b.month = e.month
  LEFT JOIN assayed s ON s.declarant = e.declarant
),
peers AS MATERIALIZED (
  SELECT country, hs_code, month, count(*)::int AS peers,
         percentile_cont(0.25) WITHIN GROUP (ORDER BY fob_usd / fine_ozt) AS q1,
         percentile_cont(0.75) WITHIN GROUP (ORDER BY fob_usd / fine_ozt) AS q3
  FROM valued
  WHERE fine_ozt > 0
  GROUP BY country, hs_code, month
),
monthly AS MATERIALIZED (
  SELECT v.declarant, v.country, v.hs_code, v.month, min(v.price) AS price,
         jsonb_agg(DISTINCT v.price_evidence) AS price_evidence,
         sum(v.fine_ozt) AS fine_ozt, sum(v.fob_usd) AS fob_usd, min(v.fine_source) AS fine_source,
         jsonb_agg(jsonb_build_object('id', v.id, 'layout', v.layout, 'file', v.file, 'row', v.row_number,
                                      'number', v.number, 'date', v.date, 'netKg', v.net_mass_kg,
                                      'fineOzt', round(v.fine_ozt, 3), 'fobUsd', v.fob_usd)
                   ORDER BY v.date, v.id) AS evidence
  FROM valued v
  WHERE v.fine_ozt > 0
  GROUP BY v.declarant, v.country, v.hs_code, v.month
)
SELECT m.declarant, m.country, m.hs_code, m.month AS period_start,
       (m.month + interval '1 month' - interval '1 day')::date AS period_end,
       m.price, m.fine_ozt, m.fob_usd, m.fine_source, m.evidence, m.price_evidence,
       p.peers, p.q1, p.q3,
       CASE WHEN p.peers >= $3::int THEN p.q1 - $2::numeric * (p.q3 - p.q1) END AS fence
FROM monthly m
JOIN peers p ON p.country IS NOT DISTINCT FROM m.country AND p.hs_code = m.hs_code AND p.month = m.month
WHERE m.fine_ozt * m.price - m.fob_usd >= $4::numeric
  AND (m.fob_usd / m.fine_ozt < $1::numeric * m.price
       OR (p.peers >= $3::int AND m.fob_usd / m.fine_ozt < p.q1 - $2::numeric * (p.q3 - p.q1)))
ORDER BY m.declarant, m.month, m.hs_code
