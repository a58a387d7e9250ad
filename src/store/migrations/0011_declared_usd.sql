-- The dollars a purchase or a production declaration states, kept beside the record rather than
-- read from its body at every query: the reconciliation sums them over every transaction of a
-- region, and reading each body (stored out of line) was most of its time (2.0 s on the medium
-- scenario). Generated columns: every insert fills them, whatever path it takes.

ALTER TABLE mineral_transaction
  ADD COLUMN declared_usd double precision GENERATED ALWAYS AS (transaction_usd(body)) STORED;

ALTER TABLE production_declaration
  ADD COLUMN declared_usd double precision
  GENERATED ALWAYS AS ((body ->> 'declaredValueUsd')::double precision) STORED;
