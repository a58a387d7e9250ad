-- Working tables of one scoring run, dropped when its transaction ends: each alert's value per
-- subject it names, the party references whose identifiers fail their check digit, the signals of
-- each buyer's purchases, and the evidence every kind of subject gathers before it is combined.

CREATE TEMP TABLE risk_alert (
  alert_id text NOT NULL,
  typology text NOT NULL,
  severity text NOT NULL,
  alert_score double precision NOT NULL,
  subjects text[] NOT NULL,
  subject text NOT NULL,
  period_end date NOT NULL,
  recency double precision NOT NULL,
  weight double precision NOT NULL,
  value double precision NOT NULL
) ON COMMIT DROP;

CREATE INDEX risk_alert_subject_idx ON risk_alert (subject);

CREATE TEMP TABLE risk_failing_id (
  party_id text PRIMARY KEY,
  records integer NOT NULL,
  message text NOT NULL
) ON COMMIT DROP;

CREATE TEMP TABLE risk_purchase_signal (
  buyer text NOT NULL,
  code text NOT NULL,
  value double precision NOT NULL,
  detail jsonb NOT NULL
) ON COMMIT DROP;

CREATE TEMP TABLE risk_evidence (
  kind text NOT NULL,
  subject_id text NOT NULL,
  label text NOT NULL,
  country text,
  source text NOT NULL CHECK (source IN ('alert', 'signal')),
  alert_id text,
  code text NOT NULL,
  weight double precision NOT NULL,
  value double precision NOT NULL,
  detail jsonb NOT NULL
) ON COMMIT DROP;
