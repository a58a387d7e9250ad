-- Output attributed to a right against the capacity its authority approved, period by period: fine
-- metal sold citing the right, per calendar month, and fine metal it declared, per declared period
-- (a month in Peru, a quarter in Colombia), each against the capacity brought to that many months.
-- Periods above capacity x (1 + tolerance) are gathered into one row per right.
-- $1 relative tolerance.
WITH capacity AS (
  SELECT DISTINCT ON (r.id) r.id AS right_id, r.country, r.holders, r.layout, r.row_number, f.name AS file,
         coalesce(r.body #>> '{authorisedCapacity,metal}', 'AU') AS metal,
         (r.body #>> '{authorisedCapacity,value}')::numeric AS value,
         r.body #>> '{authorisedCapacity,unit}' AS unit,
         r.body #>> '{authorisedCapacity,period}' AS period,
         (r.body #>> '{authorisedCapacity,value}')::numeric
           * CASE r.body #>> '{authorisedCapacity,unit}'
               WHEN 'mg' THEN 0.000001 WHEN 'g' THEN 0.001 WHEN 'kg' THEN 1 WHEN 't' THEN 1000
               WHEN 'ozt' THEN 0.0311034768 END
           * CASE r.body #>> '{authorisedCapacity,period}'
               WHEN 'DAY' THEN 365.25 / 12 WHEN 'MONTH' THEN 1 WHEN 'QUARTER' THEN 1.0 / 3
               WHEN 'HALF_YEAR' THEN 1.0 / 6 WHEN 'YEAR' THEN 1.0 / 12 END AS kg_per_month
  FROM mining_right r
  JOIN source_file f ON f.id = r.source_file_id
  WHERE r.body ? 'authorisedCapacity'
  ORDER BY r.id, r.layout
),
sold AS (
  SELECT c.right_id, 'SOLD' AS source, date_trunc('month', t.date)::date AS period_start,
         (date_trunc('month', t.date) + interval '1 month' - interval '1 day')::date AS period_end,
         1 AS months, sum(t.fine_mass_kg) AS output_kg,
         jsonb_agg(jsonb_build_object('table', 'mineral_transaction', 'id', t.id, 'layout', t.layout,
                                      'file', f.name, 'row', t.row_number, 'date', t.date,
                                      'buyer', t.buyer, 'fineKg', t.fine_mass_kg) ORDER BY t.date, t.id) AS records
  FROM capacity c
  JOIN mineral_transaction t ON t.origin_right = c.right_id AND t.metal = c.metal
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.fine_mass_kg IS NOT NULL
  GROUP BY c.right_id, date_trunc('month', t.date)
),
declared AS (
  SELECT c.right_id, 'DECLARED' AS source, d.period_start, d.period_end,
         ((extract(year FROM d.period_end) - extract(year FROM d.period_start)) * 12
           + extract(month FROM d.period_end) - extract(month FROM d.period_start) + 1)::int AS months,
         sum(d.quantity_kg) AS output_kg,
         jsonb_agg(jsonb_build_object('table', 'production_declaration', 'id', d.id, 'layout', d.layout,
                                      'file', f.name, 'row', d.row_number, 'declarant', d.declarant,
                                      'fineKg', d.quantity_kg) ORDER BY d.id) AS records
  FROM capacity c
  JOIN production_declaration d ON d.mining_right = c.right_id AND d.metal = c.metal
  JOIN source_file f ON f.id = d.source_file_id
  WHERE d.quantity_is_fine AND d.period_start IS NOT NULL AND d.period_end IS NOT NULL
  GROUP BY c.right_id, d.period_start, d.period_end
),
periods AS (
  SELECT p.*, c.kg_per_month * p.months AS capacity_kg
  FROM (SELECT * FROM sold UNION ALL SELECT * FROM declared) p
  JOIN capacity c ON c.right_id = p.right_id
),
exceeded AS (
  SELECT * FROM periods WHERE capacity_kg > 0 AND output_kg > capacity_kg * (1 + $1::numeric)
)
SELECT c.right_id, c.country, c.holders, c.metal, c.value AS capacity_value, c.unit AS capacity_unit,
       c.period AS capacity_period, c.kg_per_month,
       jsonb_build_object('id', c.right_id, 'layout', c.layout, 'file', c.file, 'row', c.row_number,
                          'capacity', c.value, 'unit', c.unit, 'period', c.period) AS title,
       min(e.period_start) AS first_day, max(e.period_end) AS last_day,
       array_agg(DISTINCT e.source ORDER BY e.source) AS sources,
       sum(e.months) FILTER (WHERE e.source = 'SOLD')::int AS sold_months,
       sum(e.months) FILTER (WHERE e.source = 'DECLARED')::int AS declared_months,
       sum(e.output_kg) FILTER (WHERE e.source = 'SOLD') AS sold_kg,
       sum(e.capacity_kg) FILTER (WHERE e.source = 'SOLD') AS sold_capacity_kg,
       sum(e.output_kg) FILTER (WHERE e.source = 'DECLARED') AS declared_kg,
       sum(e.capacity_kg) FILTER (WHERE e.source = 'DECLARED') AS declared_capacity_kg,
       max(e.output_kg / e.capacity_kg) AS peak_ratio,
       jsonb_agg(jsonb_build_object('source', e.source, 'start', e.period_start, 'end', e.period_end,
                                    'outputKg', e.output_kg, 'capacityKg', e.capacity_kg,
                                    'records', e.records)
                 ORDER BY e.period_start, e.source) AS periods
FROM exceeded e
JOIN capacity c ON c.right_id = e.right_id
GROUP BY c.right_id, c.country, c.holders, c.metal, c.value, c.unit, c.period, c.kg_per_month,
         c.layout, c.row_number, c.file
ORDER BY c.right_id
