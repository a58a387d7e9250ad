-- The audit trail: who read or changed what, and when. Each entry carries the SHA-256 of the one
-- before it (prev_hash) and its own hash over a canonical form of its fields plus prev_hash, so
-- editing, deleting or reordering any entry breaks the chain from there on (src/audit/ verifies).
-- The triggers refuse UPDATE, DELETE and TRUNCATE: only appends are possible through Veta.

CREATE TABLE audit_event (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  -- The user who acted; NULL for the command line, which has no signed-in user.
  actor_id text,
  actor_username text NOT NULL,
  action text NOT NULL CHECK (action ~ '^[a-z][a-z0-9_.-]*$'),
  subject_kind text NOT NULL,
  subject_id text,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, id);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_kind, subject_id, id);

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on audit_event is refused.', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
