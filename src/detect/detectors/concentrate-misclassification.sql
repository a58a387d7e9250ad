-- Concentrate exports (HS chapter 26) against a lab assay of the same lot: a gold fraction that only
-- doré reaches makes the lot gold in disguise; otherwise the payable value of the assayed contents at
-- the month's reference prices is set against the declared FOB. Lot references resolve as in
-- assay-mismatch.sql: same country, lot dated within 45 days of sampling, exactly one candidate.
-- $1 doreMinGoldFraction, $2 payableFraction, $3 valueTolerance, $4 minValueAtStakeUsd.
WITH assays AS (
  SELECT a.id, a.layout, a.row_number, a.lot_reference, a.country, a.lab, f.name AS file,
         (a.body ->> 'accredited')::boolean AS accredited,
         (a.body ->> 'sampledAt')::timestamptz::date AS sampled_on,
         -- Contents as mass fractions of the lot (1,000,000 g/t and 100 % are pure).
         (SELECT jsonb_object_agg(x ->> 'element',
                   (x ->> 'value')::numeric / CASE x ->> 'unit' WHEN '%' THEN 100 ELSE 1000000 END)
          FROM jsonb_array_elements(a.body -> 'contents') x
          WHERE x ->> 'element' IN ('AU', 'AG', 'CU', 'ZN', 'SN')) AS fractions
  FROM assay a
  JOIN source_file f ON f.id = a.source_file_id
  WHERE a.lot_reference IS NOT NULL
),
concentrates AS (
  SELECT c.id, c.layout, c.row_number, c.source_file_id, c.country, c.date, c.declarant, c.hs_code,
         c.net_mass_kg, c.fob_usd, c.body ->> 'number' AS number, (c.body ->> 'fineness')::numeric AS fineness
  FROM customs_declaration c
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '26%' AND c.date IS NOT NULL AND c.net_mass_kg > 0
    AND c.fob_usd IS NOT NULL AND c.body ->> 'number' IN (SELECT lot_reference FROM assays)
),
matched AS (
  SELECT c.*, a.id AS assay_id, a.layout AS assay_layout, a.row_number AS assay_row, a.file AS assay_file,
         a.lab, a.accredited, a.fractions, count(*) OVER (PARTITION BY a.id, a.layout) AS candidates
  FROM concentrates c
  JOIN assays a ON a.lot_reference = c.number AND a.country IS NOT DISTINCT FROM c.country
   AND c.date BETWEEN a.sampled_on - 45 AND a.sampled_on + 45
),
prices AS (
  SELECT r.period_start AS month, jsonb_object_agg(r.metal, r.price) AS usd,
         jsonb_agg(jsonb_build_object('id', r.id, 'layout', r.layout, 'file', f.name, 'row', r.row_number,
                                      'metal', r.metal, 'price', r.price, 'perUnit', r.per_unit)
                   ORDER BY r.metal) AS evidence
  FROM reference_price r
  JOIN source_file f ON f.id = r.source_file_id
  WHERE r.currency = 'USD'
    AND ((r.metal IN ('AU', 'AG') AND r.per_unit = 'ozt') OR (r.metal IN ('CU', 'ZN', 'SN') AND r.per_unit = 't'))
  GROUP BY r.period_start
),
valued AS (
  SELECT m.*, cf.name AS file, date_trunc('month', m.date)::date AS month, p.evidence AS price_evidence,
         coalesce((m.fractions ->> 'AU')::numeric, 0) AS au_fraction,
         -- Contained value: troy ounces of precious metal, tonnes of base metal, at the month's prices.
         m.net_mass_kg * 1000 / grams_per_troy_ounce() * coalesce((m.fractions ->> 'AU')::numeric, 0) * (p.usd ->> 'AU')::numeric
           AS gold_usd,
         m.net_mass_kg * 1000 / grams_per_troy_ounce() * coalesce((m.fractions ->> 'AG')::numeric, 0) * coalesce((p.usd ->> 'AG')::numeric, 0)
         + m.net_mass_kg / 1000 * (coalesce((m.fractions ->> 'CU')::numeric, 0) * coalesce((p.usd ->> 'CU')::numeric, 0)
                                 + coalesce((m.fractions ->> 'ZN')::numeric, 0) * coalesce((p.usd ->> 'ZN')::numeric, 0)
                                 + coalesce((m.fractions ->> 'SN')::numeric, 0) * coalesce((p.usd ->> 'SN')::numeric, 0))
           AS other_usd
  FROM matched m
  JOIN source_file cf ON cf.id = m.source_file_id
  JOIN prices p ON p.month = date_trunc('month', m.date)::date AND p.usd ->> 'AU' IS NOT NULL
  WHERE m.candidates = 1
),
judged AS (
  SELECT v.*, (v.gold_usd + v.other_usd) * $2::numeric AS payable_usd,
         v.au_fraction >= $1::numeric AS dore
  FROM valued v
)
SELECT declarant, min(country) AS country, month AS period_start,
       (month + interval '1 month' - interval '1 day')::date AS period_end,
       bool_or(dore) AS dore, count(*)::int AS lots, sum(net_mass_kg) AS net_kg,
       sum(net_mass_kg * au_fraction) AS gold_kg, max(au_fraction) AS max_au_fraction,
       sum(fob_usd) AS declared_usd, sum(gold_usd + other_usd) AS contained_usd, sum(payable_usd) AS payable_usd,
       string_agg(DISTINCT hs_code, ',' ORDER BY hs_code) AS hs_codes,
       jsonb_agg(jsonb_build_object('id', id, 'layout', layout, 'file', file, 'row', row_number, 'number', number,
                                    'hsCode', hs_code, 'netKg', net_mass_kg, 'declaredFineness', fineness,
                                    'fobUsd', fob_usd) ORDER BY date, id) AS lot_evidence,
       jsonb_agg(jsonb_build_object('id', assay_id, 'layout', assay_layout, 'file', assay_file, 'row', assay_row,
                                    'lab', lab, 'accredited', accredited, 'fractions', fractions)
                 ORDER BY date, id) AS assay_evidence,
       (array_agg(price_evidence))[1] AS price_evidence
FROM judged
WHERE dore
   OR (abs(payable_usd - fob_usd) > $3::numeric * payable_usd AND abs(payable_usd - fob_usd) >= $4::numeric)
GROUP BY declarant, month
ORDER BY declarant, month
