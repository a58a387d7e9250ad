-- Triage: each alert as a case analysts work on. The case lives apart from `alert`, which the
-- detectors rewrite on every run, so an alert raised again keeps its status, assignee and history.
-- An alert without a case row is open and unassigned: a case row appears with its first change.

CREATE TABLE alert_case (
  alert_id text PRIMARY KEY REFERENCES alert (id),
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'in_review', 'escalated', 'dismissed', 'closed')),
  -- The user holding the case: their id, and their username as it was when assigned.
  assignee_id text,
  assignee_username text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((assignee_id IS NULL) = (assignee_username IS NULL))
);

CREATE INDEX alert_case_status_idx ON alert_case (status);
CREATE INDEX alert_case_assignee_idx ON alert_case (assignee_username);

-- What happened to a case, in order: transitions (with their reason), assignments and comments,
-- each with who did it and when. Append-only: a trigger refuses to change or delete an event.
CREATE TABLE alert_case_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  alert_id text NOT NULL REFERENCES alert (id),
  kind text NOT NULL CHECK (kind IN ('transition', 'assignment', 'comment')),
  from_status text CHECK (from_status IN ('open', 'in_review', 'escalated', 'dismissed', 'closed')),
  to_status text CHECK (to_status IN ('open', 'in_review', 'escalated', 'dismissed', 'closed')),
  reason text,
  -- For an assignment: who holds the case now (both NULL when it was left unassigned).
  assignee_id text,
  assignee_username text,
  comment text,
  actor_id text NOT NULL,
  actor_username text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'transition') = (from_status IS NOT NULL AND to_status IS NOT NULL)),
  CHECK ((kind = 'comment') = (comment IS NOT NULL)),
  CHECK (comment IS NULL OR btrim(comment) <> ''),
  CHECK ((assignee_id IS NULL) = (assignee_username IS NULL)),
  CHECK (kind = 'assignment' OR assignee_id IS NULL)
);

CREATE INDEX alert_case_event_alert_idx ON alert_case_event (alert_id, id);

CREATE FUNCTION alert_case_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'alert_case_event is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER alert_case_event_append_only
  BEFORE UPDATE OR DELETE ON alert_case_event
  FOR EACH ROW EXECUTE FUNCTION alert_case_event_append_only();
