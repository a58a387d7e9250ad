-- Evidence about plants and traders: parties that buy gold from others (named as buyer on gold
-- purchases) or hold a trader's registration. The alerts that name them, and what their purchases
-- say (purchase-signals.sql).
-- $1 weights (jsonb).
WITH traders AS (
  -- Grouped before the union, so that a few hundred buyers are sorted rather than every purchase.
  SELECT buyer AS id FROM mineral_transaction WHERE buyer IS NOT NULL AND metal = 'AU' GROUP BY buyer
  UNION
  SELECT party FROM registration WHERE class = 'TRADER' AND party IS NOT NULL
),
names AS (
  SELECT p.id, min(p.name) AS name, min(p.country) AS country FROM party p
  WHERE p.id IN (SELECT id FROM traders) GROUP BY p.id
),
labelled AS (
  SELECT t.id, coalesce(n.name, t.id) AS label, coalesce(n.country, substring(t.id FROM '^([A-Z]{2}):')) AS country
  FROM traders t LEFT JOIN names n ON n.id = t.id
),
alerts AS (
  SELECT DISTINCT ON (a.subject, a.alert_id) a.* FROM risk_alert a
  WHERE a.subject IN (SELECT id FROM traders)
  ORDER BY a.subject, a.alert_id
)
INSERT INTO risk_evidence (kind, subject_id, label, country, source, alert_id, code, weight, value, detail)
SELECT 'trader', t.id, t.label, t.country, 'alert', a.alert_id, a.typology, a.weight, a.value,
       jsonb_build_object('severity', a.severity, 'alertScore', a.alert_score, 'periodEnd', a.period_end,
                          'recency', a.recency)
FROM alerts a JOIN labelled t ON t.id = a.subject
UNION ALL
SELECT 'trader', t.id, t.label, t.country, 'signal', NULL, s.code,
       coalesce(($1::jsonb #>> ARRAY['signals', s.code])::float8, 0), s.value, s.detail
FROM risk_purchase_signal s JOIN labelled t ON t.id = s.buyer
