-- Entity resolution: which party records stand for one real-world person or organisation.
-- A record is named by its key `LAYOUT/ID` (party records are keyed by layout and id). Entity ids
-- are stable from run to run: a re-run keeps the id of the entity a cluster mostly came from.

CREATE TABLE resolution_run (
  id bigserial PRIMARY KEY,
  mode text NOT NULL CHECK (mode IN ('full', 'incremental')),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  records integer NOT NULL DEFAULT 0,
  candidate_pairs bigint NOT NULL DEFAULT 0,
  links integer NOT NULL DEFAULT 0,
  entities integer NOT NULL DEFAULT 0,
  -- The fitted Fellegi-Sunter model per kind, threshold and frequencies: what an incremental run reuses.
  model jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE entity (
  id text PRIMARY KEY,
  kind text NOT NULL,
  name text NOT NULL,
  country text,
  identifiers text[] NOT NULL DEFAULT '{}',
  member_count integer NOT NULL CHECK (member_count >= 1),
  run_id bigint NOT NULL REFERENCES resolution_run (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX entity_identifiers_idx ON entity USING gin (identifiers);

CREATE TABLE entity_member (
  record_key text PRIMARY KEY,
  layout text NOT NULL,
  record_id text NOT NULL,
  entity_id text NOT NULL
);

CREATE INDEX entity_member_entity_idx ON entity_member (entity_id);

-- Each resolved record's blocking keys (those of blocks under the cap), so that a new batch finds
-- its candidates by index without a full pass. A plain b-tree: a GIN index over arrays slows to a
-- crawl after a bulk load until its pending list is vacuumed.
CREATE TABLE entity_block_key (
  block_key text NOT NULL,
  record_key text NOT NULL
);

CREATE INDEX entity_block_key_idx ON entity_block_key (block_key);

-- The links each entity rests on (a spanning forest of the scored pairs), for explanations.
CREATE TABLE entity_link (
  entity_id text NOT NULL,
  record_a text NOT NULL,
  record_b text NOT NULL,
  weight double precision NOT NULL,
  probability double precision NOT NULL,
  pattern integer NOT NULL,
  term_frequency double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (record_a, record_b)
);

CREATE INDEX entity_link_entity_idx ON entity_link (entity_id);

-- Analyst judgements on pairs of records: CONFIRM merges them in every later run, REJECT keeps
-- them apart in every later run. record_a < record_b.
CREATE TABLE link_judgement (
  record_a text NOT NULL,
  record_b text NOT NULL CHECK (record_a < record_b),
  verdict text NOT NULL CHECK (verdict IN ('CONFIRM', 'REJECT')),
  note text,
  judged_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (record_a, record_b)
);
