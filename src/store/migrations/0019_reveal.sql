-- At a country's node: each agreement version it shared, as it shared it. A request to reveal a
-- person cites one, and is held to the purposes that version lists.
CREATE TABLE federation_own_agreement (
  id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  to_node text NOT NULL,
  document jsonb NOT NULL,
  shared_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

-- At the hub: the linkage key ids each node announced with its agreement. Tokens and encodings
-- are taken only under a node's latest one: announcing a new key retires the one before.
CREATE TABLE federation_linkage_key (
  from_node text NOT NULL,
  key_id text NOT NULL,
  announced_at timestamptz NOT NULL DEFAULT now(),
  retired_at timestamptz,
  PRIMARY KEY (from_node, key_id)
);

-- A request to reveal who a pseudonymised person is, on both nodes: the hub holds the requests it
-- made (outgoing), the owning node those made of it (incoming). Only the hub's row of an approved
-- request holds the identity, until it expires.
CREATE TABLE reveal_request (
  id uuid PRIMARY KEY,
  direction text NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
  hub_node text NOT NULL,
  owner_node text NOT NULL,
  agreement_id text NOT NULL,
  agreement_version integer NOT NULL,
  party text NOT NULL,
  alert_id text,
  purpose text NOT NULL,
  reason text NOT NULL CHECK (reason <> ''),
  requested_by_id uuid,
  requested_by text NOT NULL,
  requested_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused', 'expired')),
  decided_by text,
  decided_at timestamptz,
  decision_reason text,
  expires_at timestamptz,
  -- { name, identifiers, birthDate? }: at the hub only, after approval, until expires_at.
  identity jsonb,
  -- The request (at the hub) or the decision (at the node) waits here until an envelope carries it:
  -- a node that is offline gets it later, nothing is lost.
  sent_at timestamptz,
  CHECK (identity IS NULL OR (direction = 'outgoing' AND status = 'approved'))
);
CREATE INDEX reveal_request_unsent ON reveal_request (direction, status) WHERE sent_at IS NULL;
