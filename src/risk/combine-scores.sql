-- One score per subject from the evidence it gathered, stored with the run. Each alert counts once
-- per subject (by its strongest path); within one code (typology or signal) the k-th strongest
-- piece counts repeatDecay^(k-1) of its value. The score is a noisy-or of weight x value, so it
-- stays in [0, 1] and no evidence lowers it; each piece's points are its share of the score in
-- proportion to -ln(1 - weight x value), so the points add up to the score whatever the order.
-- $1 run id, $2 repeat decay.
WITH unique_evidence AS (
  SELECT DISTINCT ON (kind, subject_id, coalesce(alert_id, code || ' ' || detail::text)) *
  FROM risk_evidence
  WHERE weight * value > 0
  ORDER BY kind, subject_id, coalesce(alert_id, code || ' ' || detail::text), weight * value DESC
),
decayed AS (
  SELECT e.*, row_number() OVER (PARTITION BY kind, subject_id, code
                                 ORDER BY weight * value DESC, alert_id, detail::text) AS repeat
  FROM unique_evidence e
),
strength AS (
  SELECT d.*, d.value * power($2::float8, d.repeat - 1) AS effective,
         -- A piece of weight 1 and value 1 makes the score 1; its logarithm is kept finite.
         ln(1 - least(d.weight * d.value * power($2::float8, d.repeat - 1), 1 - 1e-12)) AS log_keep
  FROM decayed d
),
subjects AS (
  SELECT kind, subject_id, min(label) AS label, min(country) AS country, sum(log_keep) AS log_keep,
         1 - exp(sum(log_keep)) AS score, count(DISTINCT alert_id)::int AS alerts
  FROM strength GROUP BY kind, subject_id
),
contributions AS (
  SELECT s.kind, s.subject_id,
         jsonb_agg(jsonb_build_object(
           'source', e.source, 'alertId', e.alert_id, 'code', e.code, 'weight', e.weight, 'value', e.effective,
           'points', coalesce(s.score * e.log_keep / nullif(s.log_keep, 0), 0), 'detail', e.detail || jsonb_build_object('repeat', e.repeat))
           ORDER BY e.log_keep, e.alert_id, e.code) AS items
  FROM subjects s JOIN strength e ON e.kind = s.kind AND e.subject_id = s.subject_id
  GROUP BY s.kind, s.subject_id
)
INSERT INTO risk_score (run_id, kind, subject_id, label, country, score, rank, country_rank, alerts, contributions)
SELECT $1::bigint, s.kind, s.subject_id, s.label, s.country, s.score,
       row_number() OVER (PARTITION BY s.kind ORDER BY s.score DESC, s.subject_id),
       row_number() OVER (PARTITION BY s.kind, s.country ORDER BY s.score DESC, s.subject_id),
       s.alerts, c.items
FROM subjects s JOIN contributions c ON c.kind = s.kind AND c.subject_id = s.subject_id
WHERE s.score > 0
