-- Gold lots whose declared fineness differs from an accredited lab's fire assay of the same lot: gold
-- export declarations (chapter 71; concentrates are CONCENTRATE_MISCLASSIFICATION's) and gold
-- purchases. A lot reference is a number as written, which repeats across buyers (each numbers its
-- own receipts): an assay counts only when its reference, country and sampling date (the lot dated
-- within 45 days of sampling either way, as invoices may follow the sample) point to exactly one lot.
-- $1 relativeTolerance, $2 absoluteToleranceFineness.
WITH assays AS (
  SELECT a.id, a.layout, a.row_number, a.lot_reference, a.country, a.lab, f.name AS file,
         (a.body ->> 'sampledAt')::timestamptz::date AS sampled_on, g.fineness
  FROM assay a
  JOIN source_file f ON f.id = a.source_file_id
  CROSS JOIN LATERAL (
    SELECT (x ->> 'value')::numeric / CASE x ->> 'unit' WHEN '%' THEN 100 ELSE 1000000 END AS fineness
    FROM jsonb_array_elements(a.body -> 'contents') x
    WHERE x ->> 'element' = 'AU'
    LIMIT 1
  ) g
  WHERE (a.body ->> 'accredited')::boolean AND a.lot_reference IS NOT NULL AND g.fineness > 0
),
lots AS (
  SELECT 'customs_declaration' AS tbl, c.id, c.layout, c.row_number, c.source_file_id, c.country, c.date,
         c.body ->> 'number' AS number, ARRAY[c.declarant] AS parties, c.declarant AS holder,
         coalesce((c.body ->> 'fineness')::numeric, c.fine_mass_kg / nullif(c.net_mass_kg, 0)) AS fineness,
         c.net_mass_kg AS mass_kg
  FROM customs_declaration c
  WHERE c.hs_code LIKE '71%' AND c.date IS NOT NULL
    AND c.body ->> 'number' IN (SELECT lot_reference FROM assays)
  UNION ALL
  SELECT 'mineral_transaction', t.id, t.layout, t.row_number, t.source_file_id, t.country, t.date,
         t.body ->> 'document', array_remove(ARRAY[t.seller, t.buyer], NULL), t.seller,
         coalesce((t.body ->> 'fineness')::numeric, t.fine_mass_kg / nullif(t.gross_mass_kg, 0)),
         t.gross_mass_kg
  FROM mineral_transaction t
  WHERE t.metal = 'AU' AND t.date IS NOT NULL
    AND t.body ->> 'document' IN (SELECT lot_reference FROM assays)
),
matched AS (
  SELECT a.*, l.tbl, l.id AS lot_id, l.layout AS lot_layout, l.row_number AS lot_row, l.source_file_id AS lot_file,
         l.date, l.parties, l.holder, l.fineness AS declared, l.mass_kg,
         count(*) OVER (PARTITION BY a.id, a.layout) AS candidates
  FROM assays a
  JOIN lots l ON l.number = a.lot_reference AND l.country IS NOT DISTINCT FROM a.country
   AND l.date BETWEEN a.sampled_on - 45 AND a.sampled_on + 45
),
mismatches AS (
  SELECT m.*, lf.name AS lot_file_name, date_trunc('month', m.date)::date AS month
  FROM matched m
  JOIN source_file lf ON lf.id = m.lot_file
  WHERE m.candidates = 1 AND m.declared IS NOT NULL
    AND abs(m.declared - m.fineness) > $1::numeric * m.fineness
    AND abs(m.declared - m.fineness) > $2::numeric
)
SELECT holder, min(country) AS country, parties, month AS period_start,
       (month + interval '1 month' - interval '1 day')::date AS period_end, count(*)::int AS lots,
       sum(mass_kg * declared) AS declared_fine_kg, sum(mass_kg * fineness) AS assayed_fine_kg,
       max(abs(declared - fineness) / fineness) AS max_relative, min(tbl) AS lot_table,
       jsonb_agg(jsonb_build_object('id', lot_id, 'layout', lot_layout, 'file', lot_file_name, 'row', lot_row,
                                    'table', tbl, 'date', date, 'massKg', mass_kg, 'declaredFineness', declared)
                 ORDER BY date, lot_id) AS lot_evidence,
       jsonb_agg(jsonb_build_object('id', id, 'layout', layout, 'file', file, 'row', row_number,
                                    'lotReference', lot_reference, 'lab', lab, 'assayedFineness', fineness)
                 ORDER BY date, lot_id) AS assay_evidence
FROM mismatches
GROUP BY holder, parties, month
ORDER BY holder, month
