-- Gold arithmetic said once. The troy-ounce factor, a declared price turned into dollars and a
-- registered address as the party graph compares it were each written out in several queries;
-- these functions are the one place each is spelled, and the functions and view that 0009 and 0010
-- defined with their own copy are redefined to call them, giving the same values to the last digit
-- (so the indexes and stored columns built on them stay valid).

-- The troy ounce in grams, by definition (standard/src/units.ts; a test holds the two together):
-- every query that turns kilograms into ounces or prices per ounce into prices per kilogram
-- divides by it.
CREATE FUNCTION grams_per_troy_ounce() RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN 31.1034768;

-- Troy ounces in a mass in kilograms, with the factor to seven places: the precision the dollar
-- figures of the party graph, the entity search and two network typologies were computed with.
-- Exact numeric arithmetic, so (kg × factor) × price is the product those queries had.
CREATE FUNCTION troy_ounces(kg numeric) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN kg * round(1000 / grams_per_troy_ounce(), 7);

-- A declared price in US dollars: as written when in dollars, else divided by the exchange rate the
-- record states (local currency per dollar); NULL when neither is known. In the number type the
-- caller reads the amounts in: double precision where sums are shown rounded (transaction_usd()),
-- numeric where a detector reports exact figures. A quoted body, as polymorphic arguments require.
CREATE FUNCTION price_in_usd(amount anyelement, currency text, local_per_usd anyelement) RETURNS anyelement
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN currency = 'USD' THEN amount WHEN local_per_usd > 0 THEN amount / local_per_usd END $$;

CREATE OR REPLACE FUNCTION transaction_usd(body jsonb) RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN price_in_usd((body #>> '{price,amount}')::float8, body #>> '{price,currency}',
                      (body ->> 'exchangeRate')::float8);

-- One address of a party as the party graph compares addresses: spaces, dots, commas, hashes and
-- dashes set aside and case folded, with its region and its country (the party's when the address
-- names none).
CREATE FUNCTION address_key(address jsonb, party_country text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN upper(regexp_replace(trim(address ->> 'address'), '[\s.,#-]+', ' ', 'g'))
    || '|' || coalesce(upper(address ->> 'region'), '')
    || '|' || coalesce(address ->> 'country', party_country, '');

CREATE OR REPLACE FUNCTION registered_address_keys(kind text, body jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT coalesce(array_agg(DISTINCT address_key(a, body ->> 'country')), '{}')
  FROM jsonb_array_elements(coalesce(body -> 'addresses', '[]'::jsonb)) AS a
  WHERE kind = 'ORGANISATION' AND coalesce(a ->> 'type', 'registered') = 'registered'
    AND nullif(trim(a ->> 'address'), '') IS NOT NULL;
END;

-- The reference gold price by month in US dollars per fine kilogram (prices per troy ounce, monthly
-- or finer, averaged over the month): what fine gold is worth where no value was declared.
CREATE OR REPLACE VIEW gold_usd_per_kg AS
  SELECT date_trunc('month', period_start)::date AS month, avg(price) * troy_ounces(1) AS usd_per_kg
  FROM reference_price
  WHERE metal = 'AU' AND currency = 'USD' AND per_unit = 'ozt' AND period_end < period_start + 31
  GROUP BY 1;
