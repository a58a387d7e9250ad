-- Evidence about corridors: the way gold leaves a country, from the region it was mined in through
-- a customs office to a destination country. Customs declarations give the exporter, the office
-- and the destination; the region comes from the exporter's own purchases (the region of the right
-- each purchase cites, or of the place of origin it names), apportioned by fine gold bought. An
-- exporter whose purchases Veta does not hold ships from an untraced origin (UNKNOWN). Exports are
-- weighed by FOB value, comparable across gold and concentrates.
-- Evidence: alerts on the corridor's exporters, times each exporter's share of the corridor; alerts
-- on the pair of countries (mirror trade); alerts on the rights the exporters bought from, times
-- the right's share of the corridor.
-- $1 weights (jsonb).
WITH rights AS (
  SELECT DISTINCT ON (r.id) r.id, r.country, upper(r.body #>> '{adminArea,region}') AS region
  FROM mining_right r ORDER BY r.id, r.layout
),
subregions AS (
  SELECT r.country, upper(r.body #>> '{adminArea,subregion}') AS subregion, min(upper(r.body #>> '{adminArea,region}')) AS region
  FROM mining_right r WHERE r.body #>> '{adminArea,region}' IS NOT NULL AND r.body #>> '{adminArea,subregion}' IS NOT NULL
  GROUP BY 1, 2 HAVING count(DISTINCT upper(r.body #>> '{adminArea,region}')) = 1
),
bought AS (
  -- A place of origin is read only where no known right gives the region: most purchases cite one.
  SELECT t.buyer, t.origin_right, coalesce(t.fine_mass_kg, 0)::float8 AS kg, t.country, r.country AS right_country,
         r.region AS right_region, CASE WHEN r.region IS NULL THEN t.body -> 'originArea' END AS area
  FROM mineral_transaction t
  LEFT JOIN rights r ON r.id = t.origin_right
  WHERE t.metal = 'AU' AND t.buyer IN (SELECT declarant FROM customs_declaration WHERE flow = 'EXPORT')
),
purchases AS (
  SELECT b.buyer, b.origin_right, b.kg,
         coalesce(b.right_country, b.area ->> 'country', b.country) AS origin_country,
         coalesce(b.right_region, upper(b.area ->> 'region'), s.region, 'UNKNOWN') AS region
  FROM bought b
  LEFT JOIN subregions s ON s.country = coalesce(b.area ->> 'country', b.country)
                        AND s.subregion = upper(b.area ->> 'subregion')
),
exporter_origins AS (
  SELECT buyer, origin_country || ':' || region AS origin,
         sum(kg) / nullif(sum(sum(kg)) OVER (PARTITION BY buyer), 0) AS share
  FROM purchases GROUP BY buyer, origin_country, region
),
right_shares AS (
  SELECT p.buyer, p.origin_country || ':' || p.region AS origin, p.origin_right,
         sum(p.kg) / nullif(sum(sum(p.kg)) OVER (PARTITION BY p.buyer, p.origin_country, p.region), 0) AS share
  FROM purchases p WHERE p.origin_right IS NOT NULL
  GROUP BY p.buyer, p.origin_country, p.region, p.origin_right
),
exports AS (
  SELECT c.declarant, c.country, coalesce(c.body #>> '{customsOffice,code}', upper(c.body #>> '{customsOffice,name}'), 'UNKNOWN') AS office,
         coalesce(c.partner_country, 'UNKNOWN') AS destination, sum(coalesce(c.fob_usd, 0))::float8 AS usd, count(*)::int AS declarations
  FROM customs_declaration c WHERE c.flow = 'EXPORT' AND c.declarant IS NOT NULL
  GROUP BY 1, 2, 3, 4
),
flows AS (
  SELECT e.declarant, e.country, coalesce(o.origin, e.country || ':UNKNOWN') AS origin, e.office, e.destination,
         e.usd * coalesce(o.share, 1) AS usd, e.declarations * coalesce(o.share, 1) AS declarations
  FROM exports e LEFT JOIN exporter_origins o ON o.buyer = e.declarant AND o.share > 0
),
corridors AS (
  SELECT origin || '>' || office || '>' || destination AS id, country, origin, office, destination,
         sum(usd) AS usd, sum(declarations) AS declarations
  FROM flows GROUP BY origin, office, destination, country
),
carriers AS (
  SELECT c.id, f.declarant, f.origin,
         CASE WHEN c.usd > 0 THEN f.usd / c.usd ELSE f.declarations / c.declarations END AS share
  FROM flows f JOIN corridors c ON c.origin = f.origin AND c.office = f.office AND c.destination = f.destination
),
labelled AS (
  SELECT c.id, c.country,
         split_part(c.origin, ':', 2) || ' (' || split_part(c.origin, ':', 1) || ') > customs ' || c.office || ' > ' || c.destination AS label
  FROM corridors c
),
detail AS (
  SELECT a.*, jsonb_build_object('severity', a.severity, 'alertScore', a.alert_score, 'periodEnd', a.period_end,
                                 'recency', a.recency) AS said
  FROM risk_alert a
),
evidence AS (
  SELECT k.id, a.alert_id, a.typology, a.weight * ($1::jsonb #>> '{corridor,exporterAlerts}')::float8 AS weight,
         a.value * k.share AS value, a.said || jsonb_build_object('exporter', k.declarant, 'share', round(k.share::numeric, 4)) AS detail
  FROM detail a JOIN carriers k ON k.declarant = a.subject
  UNION ALL
  SELECT c.id, a.alert_id, a.typology, a.weight * ($1::jsonb #>> '{corridor,countryPairAlerts}')::float8, a.value,
         a.said || jsonb_build_object('countries', to_jsonb(a.subjects))
  FROM detail a JOIN corridors c ON a.subjects = ARRAY[c.country, c.destination]
  WHERE a.subject = c.country
  UNION ALL
  SELECT k.id, a.alert_id, a.typology, a.weight * ($1::jsonb #>> '{corridor,originRightAlerts}')::float8,
         a.value * k.share * r.share,
         a.said || jsonb_build_object('right', r.origin_right, 'exporter', k.declarant, 'share', round((k.share * r.share)::numeric, 4))
  FROM detail a
  JOIN right_shares r ON r.origin_right = a.subject
  JOIN carriers k ON k.declarant = r.buyer AND k.origin = r.origin
)
INSERT INTO risk_evidence (kind, subject_id, label, country, source, alert_id, code, weight, value, detail)
SELECT 'corridor', e.id, l.label, l.country, 'alert', e.alert_id, e.typology, e.weight, e.value, e.detail
FROM evidence e JOIN labelled l ON l.id = e.id
WHERE e.value > 0
