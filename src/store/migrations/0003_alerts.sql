-- Alerts raised by the detectors. An alert's id is derived from its typology, subjects and period,
-- so running detection again updates the same alert instead of adding another.

CREATE TABLE alert (
  id text PRIMARY KEY,
  typology text NOT NULL CHECK (typology ~ '^[A-Z][A-Z0-9_]*$'),
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  score numeric NOT NULL CHECK (score >= 0 AND score <= 1),
  country text,
  period_start date NOT NULL,
  period_end date NOT NULL CHECK (period_end >= period_start),
  subjects text[] NOT NULL CHECK (cardinality(subjects) > 0),
  title jsonb NOT NULL,
  explanation jsonb NOT NULL,
  figures jsonb NOT NULL,
  evidence jsonb NOT NULL,
  detector_version text NOT NULL,
  first_detected_at timestamptz NOT NULL DEFAULT now(),
  last_detected_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX alert_typology_idx ON alert (typology, severity);
CREATE INDEX alert_country_period_idx ON alert (country, period_start);
CREATE INDEX alert_subjects_idx ON alert USING gin (subjects);
