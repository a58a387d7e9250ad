-- Rights in force or in process whose gold output, declared or cited as origin in purchases, comes
-- with signs that nothing is mined there. Extinct and suspended rights are INACTIVE_RIGHT_ORIGIN's.
-- Output per right: the larger of fine gold declared and fine gold cited, over the months from its
-- first to its last output. Signs, over that span and the look-back before it:
--   no inputs: no controlled-input delivery to the right (or to its holders without a destination),
--     judged only in countries whose input register was loaded;
--   no activity: no GPS fix of machinery authorised for the right; satellite detections whose box
--     meets the right's box are returned for the caller to test against the right's polygon;
--   yield: yearly output per hectare above the maximum;
--   sudden start: the first month (or declared period) already at the share of the peak, after
--     months of silence in the data, or soon after the right was granted or entered in a
--     formalisation register (a first month at the very start of the data is no start at all);
--   sudden stop: the last month still at the share of the peak, followed by months of silence in
--     the data (a last month at the very end of the data is no stop at all). A mine winds down; a
--     front that lent its name to someone else's gold goes quiet at full output.
-- $1 minimum fine kg a month, $2 look-back months, $3 maximum yield kg/ha/year, $4 sudden-start
-- share, $5 sudden-start months after grant, $6 months of silence before a start, $7 minimum signs.
WITH rights AS MATERIALIZED (
  SELECT DISTINCT ON (r.id) r.id, r.country, r.legal_status, r.area_ha, coalesce(r.holders, '{}') AS holders,
         r.body -> 'geometry' AS geometry, (r.body ->> 'grantedOn')::date AS granted_on,
         r.layout, r.row_number, f.name AS file
  FROM mining_right r
  JOIN source_file f ON f.id = r.source_file_id
  WHERE r.legal_status IN ('IN_FORCE', 'IN_PROCESS')
  ORDER BY r.id, r.layout
),
cited AS (
  SELECT t.origin_right AS right_id, 'CITED' AS source, date_trunc('month', t.date)::date AS period_start,
         (date_trunc('month', t.date) + interval '1 month' - interval '1 day')::date AS period_end,
         1 AS months, sum(t.fine_mass_kg) AS kg
  FROM mineral_transaction t
  WHERE t.metal = 'AU' AND t.fine_mass_kg IS NOT NULL AND t.origin_right IN (SELECT id FROM rights)
  GROUP BY t.origin_right, date_trunc('month', t.date)
),
declared AS (
  SELECT d.mining_right AS right_id, 'DECLARED' AS source, d.period_start, d.period_end,
         ((extract(year FROM d.period_end) - extract(year FROM d.period_start)) * 12
           + extract(month FROM d.period_end) - extract(month FROM d.period_start) + 1)::int AS months,
         sum(d.quantity_kg) AS kg
  FROM production_declaration d
  WHERE d.metal = 'AU' AND d.quantity_is_fine AND d.period_start IS NOT NULL AND d.period_end IS NOT NULL
    AND d.mining_right IN (SELECT id FROM rights)
  GROUP BY d.mining_right, d.period_start, d.period_end
),
periods AS MATERIALIZED (
  SELECT p.*, p.kg / p.months AS kg_a_month,
         first_value(p.kg / p.months) OVER (PARTITION BY p.right_id, p.source ORDER BY p.period_start)
           AS first_kg_a_month,
         first_value(p.kg / p.months) OVER (PARTITION BY p.right_id, p.source ORDER BY p.period_start DESC)
           AS last_kg_a_month,
         max(p.kg / p.months) OVER (PARTITION BY p.right_id, p.source) AS peak_kg_a_month
  FROM (SELECT * FROM cited UNION ALL SELECT * FROM declared) p
),
-- The days each source covers in each country: a stop is silence in the source that showed the
-- output, while that source goes on (a register loaded to March says nothing of April).
coverage_by_source AS (
  SELECT country, 'CITED' AS source, min(date) AS first_day, max(date) AS last_day
  FROM mineral_transaction GROUP BY country
  UNION ALL
  SELECT country, 'DECLARED', min(period_start), max(period_end) FROM production_declaration GROUP BY country
),
coverage AS (
  SELECT country, min(first_day) AS first_day FROM coverage_by_source GROUP BY country
),
-- A source's last month for the right still at the share of its peak in that source, then months
-- of that source's data without output from the right.
stops AS (
  SELECT p.right_id, bool_or(
           p.ends_at_peak
           AND date_trunc('month', p.last_day) + make_interval(months => $6::int) <= date_trunc('month', c.last_day))
           AS sudden_stop
  FROM (SELECT right_id, source, max(period_end) AS last_day,
               bool_or(last_kg_a_month >= $4::numeric * peak_kg_a_month) AS ends_at_peak
        FROM periods GROUP BY right_id, source) p
  JOIN rights r ON r.id = p.right_id
  JOIN coverage_by_source c ON c.country = r.country AND c.source = p.source
  GROUP BY p.right_id
),
registered AS (
  SELECT mining_right AS right_id, max((body ->> 'validFrom')::date) AS registered_on
  FROM registration
  WHERE mining_right IS NOT NULL
    AND class IN ('MINER_IN_FORMALISATION', 'LEGALISATION_APPLICANT', 'FORMALISATION_SUBCONTRACTOR')
  GROUP BY mining_right
),
output AS (
  SELECT p.right_id, min(p.period_start) AS first_day, max(p.period_end) AS last_day,
         coalesce(sum(p.kg) FILTER (WHERE p.source = 'CITED'), 0) AS cited_kg,
         coalesce(sum(p.kg) FILTER (WHERE p.source = 'DECLARED'), 0) AS declared_kg,
         max(p.kg_a_month) AS peak_kg_a_month,
         bool_or(p.first_kg_a_month >= $4::numeric * p.peak_kg_a_month) AS starts_at_peak
  FROM periods p
  GROUP BY p.right_id
),
candidates AS MATERIALIZED (
  SELECT r.*, o.first_day, o.last_day, o.cited_kg, o.declared_kg, o.peak_kg_a_month, o.starts_at_peak,
         coalesce(st.sudden_stop, false) AS sudden_stop, g.registered_on, cov.first_day AS coverage_from,
         ((extract(year FROM o.last_day) - extract(year FROM o.first_day)) * 12
           + extract(month FROM o.last_day) - extract(month FROM o.first_day) + 1)::int AS span_months,
         (o.first_day - make_interval(months => $2::int))::date AS window_from,
         greatest(r.granted_on, g.registered_on) AS started_on
  FROM rights r
  JOIN output o ON o.right_id = r.id
  LEFT JOIN registered g ON g.right_id = r.id
  LEFT JOIN coverage cov ON cov.country = r.country
  LEFT JOIN stops st ON st.right_id = r.id
),
input_countries AS MATERIALIZED (
  SELECT DISTINCT country FROM input_transaction
),
measured AS MATERIALIZED (
  SELECT c.*, greatest(c.cited_kg, c.declared_kg) / c.span_months AS kg_a_month,
         CASE WHEN c.area_ha > 0
              THEN greatest(c.cited_kg, c.declared_kg) / c.span_months * 12 / c.area_ha END AS yield,
         c.starts_at_peak
           AND (c.first_day >= (c.coverage_from + make_interval(months => $6::int))::date
                OR (c.first_day > c.coverage_from AND c.started_on <= c.first_day
                    AND c.first_day <= (c.started_on + make_interval(months => $5::int))::date))
           AS sudden_start,
         c.country IN (SELECT country FROM input_countries) AS input_register
  FROM candidates c
  WHERE greatest(c.cited_kg, c.declared_kg) / c.span_months >= $1::numeric
),
inputs AS MATERIALIZED (
  SELECT m.id, count(*)::int AS deliveries
  FROM measured m
  JOIN input_transaction i ON i.destination_right = m.id
  WHERE i.date BETWEEN m.window_from AND m.last_day
  GROUP BY m.id
  UNION ALL
  SELECT m.id, count(*)::int
  FROM measured m
  CROSS JOIN LATERAL unnest(m.holders) AS holder(party)
  JOIN input_transaction i ON i.recipient = holder.party AND i.destination_right IS NULL
  WHERE i.date BETWEEN m.window_from AND m.last_day
  GROUP BY m.id
),
machinery AS (
  SELECT m.id, count(DISTINCT a.device_id)::int AS devices, count(*)::int AS fixes
  FROM measured m
  JOIN asset_position a ON a.authorised_destination = m.id
  WHERE a.at::date BETWEEN m.window_from AND m.last_day
  GROUP BY m.id
),
boxes AS (
  SELECT m.id, min((p ->> 0)::float8) AS west, max((p ->> 0)::float8) AS east,
         min((p ->> 1)::float8) AS south, max((p ->> 1)::float8) AS north
  FROM measured m
  CROSS JOIN LATERAL jsonb_path_query(m.geometry, 'lax $.coordinates.**') AS p
  WHERE jsonb_typeof(p) = 'array' AND jsonb_typeof(p -> 0) = 'number'
  GROUP BY m.id
),
detections AS (
  SELECT g.id, g.layout, g.row_number, f.name AS file, g.detected_on, g.area_ha, g.body -> 'geometry' AS geometry,
         min((p ->> 0)::float8) AS west, max((p ->> 0)::float8) AS east,
         min((p ->> 1)::float8) AS south, max((p ->> 1)::float8) AS north
  FROM geo_feature g
  JOIN source_file f ON f.id = g.source_file_id
  CROSS JOIN LATERAL jsonb_path_query(g.body -> 'geometry', 'lax $.coordinates.**') AS p
  WHERE g.kind = 'SATELLITE_DETECTION' AND jsonb_typeof(p) = 'array' AND jsonb_typeof(p -> 0) = 'number'
  GROUP BY g.id, g.layout, g.row_number, f.name, g.detected_on, g.area_ha, g.body
),
nearby AS (
  SELECT m.id, jsonb_agg(jsonb_build_object('id', d.id, 'layout', d.layout, 'file', d.file, 'row', d.row_number,
                                            'detectedOn', d.detected_on, 'areaHa', d.area_ha,
                                            'geometry', d.geometry) ORDER BY d.detected_on, d.id) AS detections
  FROM measured m
  JOIN boxes b ON b.id = m.id
  JOIN detections d ON d.west <= b.east AND d.east >= b.west AND d.south <= b.north AND d.north >= b.south
  WHERE d.detected_on BETWEEN m.window_from AND m.last_day
  GROUP BY m.id
),
signed AS (
  SELECT m.*, coalesce(i.deliveries, 0)::int AS deliveries,
         coalesce(k.devices, 0) AS devices, coalesce(k.fixes, 0) AS fixes, n.detections
  FROM measured m
  LEFT JOIN (SELECT id, sum(deliveries) AS deliveries FROM inputs GROUP BY id) i ON i.id = m.id
  LEFT JOIN machinery k ON k.id = m.id
  LEFT JOIN nearby n ON n.id = m.id
)
SELECT s.id AS right_id, s.country, s.legal_status, s.area_ha, s.holders, s.geometry, s.first_day,
       s.last_day, s.span_months, s.cited_kg, s.declared_kg, s.kg_a_month, s.peak_kg_a_month, s.yield,
       s.sudden_start, s.sudden_stop, s.input_register, s.deliveries, s.devices, s.fixes, s.detections,
       jsonb_build_object('id', s.id, 'layout', s.layout, 'file', s.file, 'row', s.row_number,
                          'status', s.legal_status, 'areaHa', s.area_ha) AS right_record,
       output_records.records, output_records.parties
FROM signed s
-- Evidence is gathered only for the rights kept, not for every right examined.
CROSS JOIN LATERAL (
  SELECT jsonb_agg(o.record ORDER BY o.period_start, o.source, o.day, o.id) AS records,
         array_agg(DISTINCT o.party ORDER BY o.party) AS parties
  FROM (
    SELECT date_trunc('month', t.date)::date AS period_start, 'CITED' AS source, t.date AS day, t.id,
           t.buyer AS party,
           jsonb_build_object('table', 'mineral_transaction', 'id', t.id, 'layout', t.layout, 'file', f.name,
                              'row', t.row_number, 'date', t.date, 'buyer', t.buyer,
                              'fineKg', t.fine_mass_kg) AS record
    FROM mineral_transaction t
    JOIN source_file f ON f.id = t.source_file_id
    WHERE t.origin_right = s.id AND t.metal = 'AU' AND t.fine_mass_kg IS NOT NULL
    UNION ALL
    SELECT d.period_start, 'DECLARED', d.period_start, d.id, d.declarant,
           jsonb_build_object('table', 'production_declaration', 'id', d.id, 'layout', d.layout,
                              'file', f.name, 'row', d.row_number, 'periodStart', d.period_start,
                              'declarant', d.declarant, 'fineKg', d.quantity_kg)
    FROM production_declaration d
    JOIN source_file f ON f.id = d.source_file_id
    WHERE d.mining_right = s.id AND d.metal = 'AU' AND d.quantity_is_fine
      AND d.period_start IS NOT NULL AND d.period_end IS NOT NULL
  ) o
) AS output_records
-- The most signs a right can show once the detections are tested: keep those that can reach the minimum.
WHERE (s.input_register AND s.deliveries = 0)::int + (s.devices = 0)::int
      + coalesce(s.yield > $3::numeric, false)::int + s.sudden_start::int + s.sudden_stop::int >= $7::int
ORDER BY s.id
