-- Evidence about mining rights: the alerts that name a right, and the boundary flags the cadastre
-- load set on it (overlap with another right, area unlike the declared hectares, a boundary that
-- crosses itself).
-- $1 weights (jsonb).
WITH rights AS (
  SELECT DISTINCT ON (r.id) r.id, coalesce(r.body->>'name', r.code, r.id) AS label, r.country, r.flags
  FROM mining_right r
  ORDER BY r.id, r.layout
),
alerts AS (
  SELECT DISTINCT ON (a.subject, a.alert_id) a.* FROM risk_alert a
  WHERE EXISTS (SELECT 1 FROM rights r WHERE r.id = a.subject)
  ORDER BY a.subject, a.alert_id
),
flags AS (
  SELECT DISTINCT ON (r.id, f->>'code') r.id, f->>'code' AS code, f->>'message' AS message
  FROM mining_right r CROSS JOIN LATERAL jsonb_array_elements(r.flags) f
  WHERE f->>'code' IN ('RIGHT_OVERLAP', 'AREA_DIFFERS_FROM_DECLARED', 'GEOMETRY_SELF_INTERSECTION')
  ORDER BY r.id, f->>'code', r.layout
)
INSERT INTO risk_evidence (kind, subject_id, label, country, source, alert_id, code, weight, value, detail)
SELECT 'right', r.id, r.label, r.country, 'alert', a.alert_id, a.typology, a.weight, a.value,
       jsonb_build_object('severity', a.severity, 'alertScore', a.alert_score, 'periodEnd', a.period_end,
                          'recency', a.recency)
FROM alerts a JOIN rights r ON r.id = a.subject
UNION ALL
SELECT 'right', r.id, r.label, r.country, 'signal', NULL, f.code,
       coalesce(($1::jsonb #>> ARRAY['signals', f.code])::float8, 0), 1.0, jsonb_build_object('message', f.message)
FROM flags f JOIN rights r ON r.id = f.id
