-- Each alert's value for each subject it names: its severity, moved by the detector's score and
-- faded by age (halved every halfLifeDays after its period ended, counted back from the run's
-- as-of day, never below the floor), with its typology's weight. An episode counts once: of its
-- alerts, only the one worth most to each subject, so a scheme seen twelve months running does not
-- weigh twelve times.
-- $1 weights (jsonb), $2 as-of day.
INSERT INTO risk_alert (alert_id, typology, severity, alert_score, subjects, subject, period_end, recency, weight, value)
SELECT DISTINCT ON (coalesce(a.episode_id, a.id), s.subject)
       a.id, a.typology, a.severity, a.score::float8, a.subjects, s.subject, a.period_end, r.recency,
       coalesce(($1::jsonb #>> ARRAY['typologies', a.typology])::float8, 0),
       ($1::jsonb #>> ARRAY['severity', a.severity])::float8
         * (1 - ($1::jsonb ->> 'alertScoreShare')::float8 + ($1::jsonb ->> 'alertScoreShare')::float8 * a.score::float8)
         * r.recency AS value
FROM alert a
CROSS JOIN LATERAL unnest(a.subjects) AS s (subject)
CROSS JOIN LATERAL (
  SELECT greatest(($1::jsonb #>> '{recency,floor}')::float8,
                  power(0.5, greatest($2::date - a.period_end, 0) / ($1::jsonb #>> '{recency,halfLifeDays}')::float8))
           AS recency
) r
ORDER BY coalesce(a.episode_id, a.id), s.subject, value DESC, a.id
