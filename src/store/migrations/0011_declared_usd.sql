-- The dollars a purchase or a production declaration states, kept beside the record rather than
-- read from its body at every query: the reconciliation sums them over every transaction of a
-- region, and reading each body (stored out of line) was most of its time (2.0 s on the medium
-- scenario). Generated columns: every insert fills them, whatever path it takes. The purchases'
-- column depends on transaction_usd(): a later migration that changes that function must drop and
-- re-add the column (a replaced function would leave the stored values as they were). Adding the
-- columns rewrites both tables once.

ALTER TABLE mineral_transaction
  ADD COLUMN declared_usd double precision GENERATED ALWAYS AS (transaction_usd(body)) STORED;

ALTER TABLE production_declaration
  ADD COLUMN declared_usd double precision
  GENERATED ALWAYS AS ((body ->> 'declaredValueUsd')::double precision) STORED;
