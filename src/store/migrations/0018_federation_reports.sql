-- At the hub: what each share sent and kept back, per record type, as the sending node counted it.
-- Only the sender knows what it withheld; its signed report lets the hub show both sides of an
-- agreement ("Nodos") without holding a single withheld value: counts and reasons, no records.
CREATE TABLE federation_share_report (
  from_node text NOT NULL,
  envelope_id uuid NOT NULL,
  agreement_id text NOT NULL,
  agreement_version integer NOT NULL,
  sent_at timestamptz NOT NULL,
  -- [{ recordType, form, sent, withheld, reason? }]
  tallies jsonb NOT NULL,
  PRIMARY KEY (from_node, envelope_id),
  FOREIGN KEY (from_node, envelope_id) REFERENCES federation_envelope (from_node, id)
);
CREATE INDEX federation_share_report_latest ON federation_share_report (from_node, agreement_id, sent_at DESC);

-- At the hub: the agreement versions whose end passed, and when what was held under them went.
-- A version that lapsed with no successor withdraws what its node shared, as a narrower one would.
CREATE TABLE federation_expiry (
  from_node text NOT NULL,
  agreement_id text NOT NULL,
  agreement_version integer NOT NULL,
  withdrawn_at timestamptz NOT NULL DEFAULT now(),
  withdrawn integer NOT NULL,
  PRIMARY KEY (from_node, agreement_id, agreement_version),
  FOREIGN KEY (from_node, agreement_id, agreement_version) REFERENCES federation_agreement (from_node, id, version)
);
