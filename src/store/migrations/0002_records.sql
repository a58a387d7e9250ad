-- Standard records, one table per record type. Every table has the same provenance columns and the
-- whole record in `body` (jsonb, as the standard defines it, without its provenance, which the
-- columns hold); the typed columns repeat the fields that detectors filter and join on.
-- A record's natural key is (layout, id): a corrected file of a layout replaces its records by key.

CREATE TABLE party (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  kind text,
  name text,
  identifiers text[],
  PRIMARY KEY (layout, id)
);

CREATE INDEX party_batch_idx ON party (batch_id);
CREATE INDEX party_1_idx ON party USING gin (identifiers);

CREATE TABLE relationship (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  subject text,
  interested_party text,
  interest_types text[],
  PRIMARY KEY (layout, id)
);

CREATE INDEX relationship_batch_idx ON relationship (batch_id);
CREATE INDEX relationship_1_idx ON relationship (subject);
CREATE INDEX relationship_2_idx ON relationship (interested_party);

CREATE TABLE mining_right (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  code text,
  legal_status text,
  stratum text,
  area_ha numeric,
  holders text[],
  PRIMARY KEY (layout, id)
);

CREATE INDEX mining_right_batch_idx ON mining_right (batch_id);
CREATE INDEX mining_right_1_idx ON mining_right (code);

CREATE TABLE registration (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  register text,
  party text,
  class text,
  status text,
  mining_right text,
  PRIMARY KEY (layout, id)
);

CREATE INDEX registration_batch_idx ON registration (batch_id);
CREATE INDEX registration_1_idx ON registration (party);

CREATE TABLE production_declaration (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  declarant text,
  mining_right text,
  period_start date,
  period_end date,
  metal text,
  quantity_kg numeric,
  quantity_is_fine boolean,
  PRIMARY KEY (layout, id)
);

CREATE INDEX production_declaration_batch_idx ON production_declaration (batch_id);
CREATE INDEX production_declaration_1_idx ON production_declaration (mining_right, period_start);
CREATE INDEX production_declaration_2_idx ON production_declaration (declarant, period_start);

CREATE TABLE mineral_transaction (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  date date,
  buyer text,
  seller text,
  origin_right text,
  metal text,
  gross_mass_kg numeric,
  fine_mass_kg numeric,
  PRIMARY KEY (layout, id)
);

CREATE INDEX mineral_transaction_batch_idx ON mineral_transaction (batch_id);
CREATE INDEX mineral_transaction_1_idx ON mineral_transaction (origin_right, date);
CREATE INDEX mineral_transaction_2_idx ON mineral_transaction (buyer, date);
CREATE INDEX mineral_transaction_3_idx ON mineral_transaction (seller, date);

CREATE TABLE customs_declaration (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  flow text,
  date date,
  declarant text,
  hs_code text,
  partner_country text,
  net_mass_kg numeric,
  fine_mass_kg numeric,
  fob_usd numeric,
  PRIMARY KEY (layout, id)
);

CREATE INDEX customs_declaration_batch_idx ON customs_declaration (batch_id);
CREATE INDEX customs_declaration_1_idx ON customs_declaration (declarant, date);
CREATE INDEX customs_declaration_2_idx ON customs_declaration (hs_code, date);

CREATE TABLE trade_statistic (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  reporter text,
  partner text,
  flow text,
  period_start date,
  period_end date,
  hs_code text,
  value_usd numeric,
  net_mass_kg numeric,
  PRIMARY KEY (layout, id)
);

CREATE INDEX trade_statistic_batch_idx ON trade_statistic (batch_id);
CREATE INDEX trade_statistic_1_idx ON trade_statistic (reporter, partner, period_start);

CREATE TABLE input_transaction (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  date date,
  recipient text,
  input text,
  quantity numeric,
  quantity_unit text,
  destination_right text,
  PRIMARY KEY (layout, id)
);

CREATE INDEX input_transaction_batch_idx ON input_transaction (batch_id);
CREATE INDEX input_transaction_1_idx ON input_transaction (recipient, date);

CREATE TABLE assay (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  sample_id text,
  lot_reference text,
  lab text,
  PRIMARY KEY (layout, id)
);

CREATE INDEX assay_batch_idx ON assay (batch_id);
CREATE INDEX assay_1_idx ON assay (lot_reference);

CREATE TABLE geo_feature (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  kind text,
  detected_on date,
  area_ha numeric,
  PRIMARY KEY (layout, id)
);

CREATE INDEX geo_feature_batch_idx ON geo_feature (batch_id);
CREATE INDEX geo_feature_1_idx ON geo_feature (kind);

CREATE TABLE asset_position (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  device_id text,
  owner text,
  authorised_destination text,
  at timestamptz,
  latitude double precision,
  longitude double precision,
  PRIMARY KEY (layout, id)
);

CREATE INDEX asset_position_batch_idx ON asset_position (batch_id);
CREATE INDEX asset_position_1_idx ON asset_position (device_id, at);

CREATE TABLE reference_price (
  id text NOT NULL,
  layout text NOT NULL,
  country text,
  source_file_id bigint NOT NULL REFERENCES source_file (id),
  batch_id bigint NOT NULL REFERENCES ingest_batch (id),
  row_number integer NOT NULL CHECK (row_number >= 1),
  body jsonb NOT NULL,
  flags jsonb NOT NULL DEFAULT '[]',
  raw jsonb NOT NULL,
  metal text,
  period_start date,
  period_end date,
  price numeric,
  currency text,
  per_unit text,
  PRIMARY KEY (layout, id)
);

CREATE INDEX reference_price_batch_idx ON reference_price (batch_id);
CREATE INDEX reference_price_1_idx ON reference_price (metal, period_start);
