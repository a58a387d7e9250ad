-- Groups the alerts of some typologies into episodes (gaps and islands) and marks each alert with
-- its episode. A strand is the alerts of one typology and country about one thing (alert.strand:
-- the subject a detector says the alert is about, else its qualifier and set of subjects); an
-- episode is a run of a strand's alerts, in period order, each starting no later than the month after
-- the latest end so far, or as many months later as the typology lets pass without an alert
-- (alert.episode_gap_months). $1 the typologies (text[]), $2 the statuses of a case still waiting
-- for a decision (text[]).
-- The episode's id is one of its alerts: the earliest holding a case, else one that already was the
-- episode's id, else the earliest. So an episode keeps its id and case as later months extend it,
-- an earlier month found afterwards does not orphan its case, and a case opened on an alert before
-- episodes existed is the episode's.
WITH stranded AS (
  SELECT a.id, a.period_start, a.period_end, c.alert_id IS NOT NULL AS has_case,
         a.episode_id IS NOT DISTINCT FROM a.id AS was_head, a.first_detected_at,
         -- The case of the episode the alert was in before this regrouping, if it was put to rest.
         CASE WHEN ec.status <> ALL($2::text[]) THEN ec.updated_at END AS rested_at,
         a.typology, a.country, a.strand, a.episode_gap_months,
         -- An alert stored before strands were kept cannot be placed in one: it stands alone.
         CASE WHEN a.strand IS NULL THEN a.id END AS alone
  FROM alert a
  LEFT JOIN alert_case c ON c.alert_id = a.id
  LEFT JOIN alert_case ec ON ec.alert_id = a.episode_id
  WHERE a.typology = ANY($1::text[])
),
-- An alert also starts an episode when joining the run before it would lose a case: it holds a
-- case and an earlier alert of the strand holds another (two cases are never merged into one), or
-- it was first raised after the case of the episode the alert before it was in had been dismissed
-- or closed (new months of a scheme put to rest are new work, not hidden in a closed case).
ordered AS (
  SELECT s.*,
         max(s.period_end) OVER w AS latest_end,
         count(*) FILTER (WHERE s.has_case) OVER w AS cases_before,
         lag(s.rested_at) OVER (PARTITION BY s.typology, s.country, s.strand, s.alone
                                ORDER BY s.period_start, s.period_end, s.id) AS before_rested_at
  FROM stranded s
  WINDOW w AS (PARTITION BY s.typology, s.country, s.strand, s.alone
               ORDER BY s.period_start, s.period_end, s.id
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
),
marked AS (
  SELECT o.*,
         CASE WHEN date_trunc('month', o.period_start)
                   <= date_trunc('month', o.latest_end) + make_interval(months => o.episode_gap_months + 1)
               AND NOT (o.has_case AND o.cases_before > 0)
               AND NOT coalesce(o.first_detected_at > o.before_rested_at, false)
              THEN 0 ELSE 1 END AS starts
  FROM ordered o
),
islands AS (
  SELECT m.*,
         sum(m.starts) OVER (
           PARTITION BY m.typology, m.country, m.strand, m.alone
           ORDER BY m.period_start, m.period_end, m.id) AS island
  FROM marked m
),
heads AS (
  SELECT i.id,
         first_value(i.id) OVER (
           PARTITION BY i.typology, i.country, i.strand, i.alone, i.island
           ORDER BY i.has_case DESC, i.was_head DESC, i.period_start, i.period_end, i.id) AS episode_id
  FROM islands i
)
UPDATE alert a SET episode_id = h.episode_id
FROM heads h
WHERE a.id = h.id AND a.episode_id IS DISTINCT FROM h.episode_id
