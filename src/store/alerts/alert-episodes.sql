-- Groups the alerts of some typologies into episodes (gaps and islands) and marks each alert with
-- its episode. A strand is the alerts of one typology and country about one thing (alert.strand:
-- the subject a detector says the alert is about, else its qualifier and set of subjects); an
-- episode is a run of a strand's alerts, in period order, each starting no later than the month after
-- the latest end so far, or as many months later as the typology lets pass without an alert
-- (alert.episode_gap_months). $1 the typologies (text[]).
-- The episode's id is one of its alerts: the earliest holding a case, else one that already was the
-- episode's id, else the earliest. So an episode keeps its id and case as later months extend it,
-- an earlier month found afterwards does not orphan its case, and a case opened on an alert before
-- episodes existed is the episode's.
WITH stranded AS (
  SELECT a.id, a.period_start, a.period_end, c.alert_id IS NOT NULL AS has_case,
         a.episode_id IS NOT DISTINCT FROM a.id AS was_head,
         a.typology, a.country, a.strand, a.episode_gap_months,
         -- An alert stored before strands were kept cannot be placed in one: it stands alone.
         CASE WHEN a.strand IS NULL THEN a.id END AS alone
  FROM alert a LEFT JOIN alert_case c ON c.alert_id = a.id
  WHERE a.typology = ANY($1::text[])
),
marked AS (
  SELECT s.*,
         CASE WHEN date_trunc('month', s.period_start) <= date_trunc('month', max(s.period_end) OVER (
                PARTITION BY s.typology, s.country, s.strand, s.alone
                ORDER BY s.period_start, s.period_end, s.id
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING))
                + make_interval(months => s.episode_gap_months + 1)
              THEN 0 ELSE 1 END AS starts
  FROM stranded s
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
