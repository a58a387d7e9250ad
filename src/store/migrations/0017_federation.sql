-- Federation: each country runs its own node and the regional hub receives what agreements allow.
-- A node trusts a peer by its Ed25519 public key, registered from the peer's descriptor; it applies
-- only envelopes signed by a trusted key, and each envelope once.

CREATE TABLE federation_peer (
  node_id text NOT NULL,
  -- SHA-256 of the key's DER form, base64url: what every envelope names.
  key_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('node', 'hub')),
  country text NOT NULL,
  name text NOT NULL,
  -- The descriptor as the peer gave it, public key included.
  descriptor jsonb NOT NULL,
  trusted_at timestamptz NOT NULL DEFAULT now(),
  trusted_by text NOT NULL,
  -- A revoked key signs nothing this node accepts any more; the row stays as the record of the trust.
  revoked_at timestamptz,
  PRIMARY KEY (node_id, key_id)
);

-- Every envelope this node accepted. The insert happens in the transaction that applies the
-- envelope, so a crash mid-apply leaves neither, and a redelivered or replayed id is refused.
CREATE TABLE federation_envelope (
  -- Ids are the sender's: keyed with it, one peer cannot claim another's ids before they arrive.
  id uuid NOT NULL,
  from_node text NOT NULL,
  key_id text NOT NULL,
  kind text NOT NULL,
  agreement_id text,
  agreement_version integer,
  sent_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- SHA-256 of the envelope's canonical bytes: what was applied, to compare with the sender's log.
  digest text NOT NULL,
  PRIMARY KEY (from_node, id),
  FOREIGN KEY (from_node, key_id) REFERENCES federation_peer (node_id, key_id)
);
CREATE INDEX federation_envelope_from ON federation_envelope (from_node, received_at);

-- At the hub: each version of each agreement a node sent, as it sent it. Shared records must fit
-- the version they cite, checked here again whatever the sender checked.
-- Keyed by the sender too: one node cannot take the id of another's agreement.
CREATE TABLE federation_agreement (
  from_node text NOT NULL,
  id text NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  to_node text NOT NULL,
  document jsonb NOT NULL,
  envelope_id uuid NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (from_node, id, version),
  FOREIGN KEY (from_node, envelope_id) REFERENCES federation_envelope (from_node, id)
);

-- At the hub: the batch a shared record arrived in names the envelope that carried it, so every
-- record keeps its origin (the node, the agreement and its version) without a column of its own.
ALTER TABLE ingest_batch ADD COLUMN envelope_from text;
ALTER TABLE ingest_batch ADD COLUMN envelope_id uuid;
ALTER TABLE ingest_batch ADD FOREIGN KEY (envelope_from, envelope_id) REFERENCES federation_envelope (from_node, id);
CREATE INDEX ingest_batch_envelope_idx ON ingest_batch (envelope_from) WHERE envelope_from IS NOT NULL;

-- At the hub: the monthly totals a node shares instead of rows, replaced whole by each share.
CREATE TABLE shared_aggregate (
  from_node text NOT NULL,
  record_type text NOT NULL,
  month text NOT NULL CHECK (month ~ '^\d{4}-\d{2}$'),
  by_values jsonb NOT NULL,
  record_count integer NOT NULL CHECK (record_count >= 1),
  measures jsonb NOT NULL,
  agreement_id text NOT NULL,
  agreement_version integer NOT NULL,
  envelope_id uuid NOT NULL,
  PRIMARY KEY (from_node, record_type, month, by_values),
  FOREIGN KEY (from_node, envelope_id) REFERENCES federation_envelope (from_node, id)
);

-- At a node: the ingest batches whose records of a type were shared under an agreement version.
-- A share sends the batches not listed here that were committed when it began: a load that
-- commits during a share, or after a later load, is sent by the next share, never skipped.
CREATE TABLE federation_shared_batch (
  agreement_id text NOT NULL,
  agreement_version integer NOT NULL,
  record_type text NOT NULL,
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  shared_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, agreement_version, record_type, batch_id)
);
