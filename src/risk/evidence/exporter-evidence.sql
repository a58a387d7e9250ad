-- Evidence about exporters: declarants of gold exports. The alerts that name them, and what their
-- own purchases of gold say (purchase-signals.sql).
-- $1 weights (jsonb).
WITH exporters AS (
  SELECT DISTINCT declarant AS id FROM customs_declaration WHERE flow = 'EXPORT' AND declarant IS NOT NULL
),
names AS (
  SELECT p.id, min(p.name) AS name, min(p.country) AS country FROM party p
  WHERE p.id IN (SELECT id FROM exporters) GROUP BY p.id
),
labelled AS (
  SELECT x.id, coalesce(n.name, x.id) AS label, coalesce(n.country, substring(x.id FROM '^([A-Z]{2}):')) AS country
  FROM exporters x LEFT JOIN names n ON n.id = x.id
),
alerts AS (
  SELECT DISTINCT ON (a.subject, a.alert_id) a.* FROM risk_alert a
  WHERE a.subject IN (SELECT id FROM exporters)
  ORDER BY a.subject, a.alert_id
)
INSERT INTO risk_evidence (kind, subject_id, label, country, source, alert_id, code, weight, value, detail)
SELECT 'exporter', x.id, x.label, x.country, 'alert', a.alert_id, a.typology, a.weight, a.value,
       jsonb_build_object('severity', a.severity, 'alertScore', a.alert_score, 'periodEnd', a.period_end,
                          'recency', a.recency)
FROM alerts a JOIN labelled x ON x.id = a.subject
UNION ALL
SELECT 'exporter', x.id, x.label, x.country, 'signal', NULL, s.code,
       coalesce(($1::jsonb #>> ARRAY['signals', s.code])::float8, 0), s.value, s.detail
FROM risk_purchase_signal s JOIN labelled x ON x.id = s.buyer
