-- Follow-up to 0009. Satellite detections now take their countries in the query that lists them
-- (src/store/detections.sql: one plan, not a function call per detection), so place_countries()
-- goes. A transaction's declared dollars become double precision: reconciliation sums them over
-- hundreds of thousands of records at a time, for display.

DROP FUNCTION place_countries(text, jsonb);

DROP FUNCTION transaction_usd(jsonb);

-- A mineral transaction's declared price in US dollars: as written when in dollars, else converted
-- at the exchange rate the record states (local currency per dollar); NULL when neither is known.
CREATE FUNCTION transaction_usd(body jsonb) RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN CASE
    WHEN body #>> '{price,currency}' = 'USD' THEN (body #>> '{price,amount}')::float8
    WHEN (body ->> 'exchangeRate')::float8 > 0
      THEN (body #>> '{price,amount}')::float8 / (body ->> 'exchangeRate')::float8
  END;
