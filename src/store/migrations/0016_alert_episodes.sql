-- Episodes: detectors raise one alert per subject and period (often a month), so one scheme running
-- for a year raised a dozen alerts. Alerts of one typology and country about one subject (a strand)
-- whose periods overlap or follow one another form one episode, listed, scored and triaged as one.
-- alert_episode holds each episode's head as lists read it; store/alerts/alert-episodes.sql rebuilds
-- it from the alerts whenever alerts are stored, so a head goes with the alert it names.

-- What told an alert from another of the same typology, subjects and period when its id was made
-- (a commodity and direction of trade); '' when nothing did. NULL for alerts stored before this
-- migration, which stand alone until detection raises them again.
ALTER TABLE alert ADD COLUMN qualifier text;
-- What the alert's episode is about: the one subject a detector names (a trader whose sellers
-- change month to month), else its qualifier and sorted subjects. NULL before this migration.
ALTER TABLE alert ADD COLUMN strand text;
-- Months without an alert its episode may span: its typology's, from the catalogue in force.
ALTER TABLE alert ADD COLUMN episode_gap_months integer NOT NULL DEFAULT 0 CHECK (episode_gap_months >= 0);
-- The episode the alert belongs to: the id of the alert whose case the episode's is.
ALTER TABLE alert ADD COLUMN episode_id text;

CREATE TABLE alert_episode (
  -- One of its alerts (the earliest, unless another already held the episode or its case): the
  -- episode's case is that alert's alert_case, so triage needs nothing of its own.
  id text PRIMARY KEY REFERENCES alert (id) ON DELETE CASCADE,
  -- The strongest alert, whose title and explanation the episode shows.
  lead_id text NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
  typology text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  score numeric NOT NULL,
  country text,
  period_start date NOT NULL,
  period_end date NOT NULL,
  subjects text[] NOT NULL,
  title jsonb NOT NULL,
  alerts integer NOT NULL CHECK (alerts > 0),
  first_detected_at timestamptz NOT NULL,
  last_detected_at timestamptz NOT NULL
);

CREATE INDEX alert_episode_member_idx ON alert (episode_id);
CREATE INDEX alert_episode_typology_idx ON alert_episode (typology, severity);
CREATE INDEX alert_episode_country_period_idx ON alert_episode (country, period_start);
CREATE INDEX alert_episode_subjects_idx ON alert_episode USING gin (subjects);

-- Alerts already stored become episodes of one alert each, keeping their cases.
UPDATE alert SET episode_id = id;
INSERT INTO alert_episode (id, lead_id, typology, severity, score, country, period_start, period_end, subjects,
                           title, alerts, first_detected_at, last_detected_at)
SELECT id, id, typology, severity, score, country, period_start, period_end, subjects, title, 1,
       first_detected_at, last_detected_at
FROM alert;
