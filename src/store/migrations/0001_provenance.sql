-- Provenance: every record Veta stores will point back to the file, row and batch it came from.
-- Tables live in the veta schema (search_path); extensions in public, where both engines keep them.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;

-- A file as received. Identified by its content: the same bytes under another name are the same file.
CREATE TABLE source_file (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL CHECK (name <> ''),
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  sha256 text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  layout text,
  first_seen_at timestamptz NOT NULL DEFAULT now()
);

-- One attempt to load one file. The row outlives a failed load, so the failure itself is kept.
CREATE TABLE ingest_batch (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  layout text NOT NULL,
  status text NOT NULL DEFAULT 'running'
    CHECK (status IN ('running', 'succeeded', 'failed', 'skipped', 'interrupted')),
  rows_read integer NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
  rows_accepted integer NOT NULL DEFAULT 0 CHECK (rows_accepted >= 0),
  rows_rejected integer NOT NULL DEFAULT 0 CHECK (rows_rejected >= 0),
  rows_flagged integer NOT NULL DEFAULT 0 CHECK (rows_flagged >= 0),
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  error_code text,
  error_message text,
  report jsonb,
  CHECK ((status = 'running') = (finished_at IS NULL)),
  CHECK (status <> 'failed' OR error_message IS NOT NULL),
  CHECK (rows_accepted + rows_rejected <= rows_read)
);

CREATE INDEX ingest_batch_source_file_idx ON ingest_batch (source_file_id);
CREATE INDEX ingest_batch_started_idx ON ingest_batch (started_at DESC);

-- Rows that could not become records, kept whole with the reason, never silently dropped.
CREATE TABLE quarantine (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id bigint NOT NULL REFERENCES ingest_batch (id) ON DELETE CASCADE,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  column_name text,
  code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
  message text NOT NULL CHECK (message <> ''),
  raw jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX quarantine_batch_idx ON quarantine (batch_id);
CREATE INDEX quarantine_file_row_idx ON quarantine (source_file_id, row_number);
CREATE INDEX quarantine_code_idx ON quarantine (code);
