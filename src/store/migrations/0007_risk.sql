-- Risk scores. Each `veta score` is a run that keeps the weights it used and the date its recency
-- was measured from; runs are never overwritten, so the early-warning feed can compare the latest
-- scores with those of the last run before a date.

CREATE TABLE risk_run (
  id bigserial PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  -- The day alert recency is measured from: the end of the latest alert period unless given.
  as_of date NOT NULL,
  -- The weights in force (after any override) and where they came from.
  weights jsonb NOT NULL,
  weights_source text NOT NULL,
  subjects integer NOT NULL DEFAULT 0
);

CREATE INDEX risk_run_started_idx ON risk_run (started_at);

-- One row per scored subject and run. Only subjects with some evidence are stored: the others
-- score zero. `contributions` lists every piece of evidence with its weight, value and points
-- (the points add up to the score); `rank` orders a kind across the region, `country_rank` within
-- the subject's country.
CREATE TABLE risk_score (
  run_id bigint NOT NULL REFERENCES risk_run (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('entity', 'right', 'trader', 'exporter', 'corridor')),
  subject_id text NOT NULL,
  label text NOT NULL,
  country text,
  score double precision NOT NULL CHECK (score > 0 AND score <= 1),
  rank integer NOT NULL CHECK (rank >= 1),
  country_rank integer NOT NULL CHECK (country_rank >= 1),
  alerts integer NOT NULL,
  contributions jsonb NOT NULL,
  PRIMARY KEY (run_id, kind, subject_id)
);

CREATE INDEX risk_score_rank_idx ON risk_score (run_id, kind, rank);
CREATE INDEX risk_score_subject_idx ON risk_score (kind, subject_id, run_id);
