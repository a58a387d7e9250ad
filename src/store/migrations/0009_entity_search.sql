-- What the API's entity, map and reconciliation reads need: fuzzy search on entity names and
-- identifiers, boxes around geometries for map windows, and lookups by party, right and address.
-- Expression indexes over IMMUTABLE functions, so nothing that writes these tables has to fill in
-- another column: the database keeps every index current on its own.

-- Text as search compares it: accents removed, then lower case ("Peña" and "PENA" both "pena").
-- unaccent() is STABLE (it reads a dictionary), so it cannot back an index: translate() can.
CREATE FUNCTION fold_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(translate(value,
    'ÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇÝáàâäãåéèêëíìîïóòôöõúùûüñçýŸÿ',
    'AAAAAAEEEEIIIIOOOOOUUUUNCYaaaaaaeeeeiiiiooooouuuuncyYy'));

-- Every identifier of an entity in one string, folded, for substring and trigram matching.
-- array_to_string() is STABLE for arrays in general; over text[] it cannot change, hence IMMUTABLE.
CREATE FUNCTION identifier_text(identifiers text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN lower(array_to_string(identifiers, ' '));

CREATE INDEX entity_name_trgm_idx ON entity USING gin (fold_text(name) gin_trgm_ops);
CREATE INDEX entity_identifier_trgm_idx ON entity USING gin (identifier_text(identifiers) gin_trgm_ops);

-- Which entity holds a party named by its canonical id (records refer to parties by that id).
CREATE INDEX entity_member_record_idx ON entity_member (record_id, entity_id);
CREATE INDEX party_id_idx ON party (id);

-- The box around a GeoJSON Point, Polygon or MultiPolygon (PostgreSQL's own box type, which GiST
-- indexes without PostGIS); NULL for anything else.
CREATE FUNCTION geometry_box(geometry jsonb) RETURNS box
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
BEGIN ATOMIC
  SELECT box(point(min(x), min(y)), point(max(x), max(y)))
  FROM (
    SELECT (p ->> 0)::float8 AS x, (p ->> 1)::float8 AS y
    FROM jsonb_path_query(geometry, CASE geometry ->> 'type'
      WHEN 'Point' THEN '$.coordinates'::jsonpath
      WHEN 'Polygon' THEN '$.coordinates[*][*]'::jsonpath
      WHEN 'MultiPolygon' THEN '$.coordinates[*][*][*]'::jsonpath
    END) AS p
    WHERE jsonb_typeof(p) = 'array'
  ) AS positions;
END;

CREATE INDEX mining_right_box_idx ON mining_right USING gist (geometry_box(body -> 'geometry'));
CREATE INDEX mining_right_id_idx ON mining_right (id);
CREATE INDEX geo_feature_box_idx ON geo_feature USING gist (geometry_box(body -> 'geometry'));
CREATE INDEX input_transaction_right_idx ON input_transaction (destination_right, date);

-- The registered addresses of an organisation as the party graph compares them (spaces, dots and
-- case set aside, with region and country), so a neighbourhood finds the parties at one address
-- by index.
CREATE FUNCTION registered_address_keys(kind text, body jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT coalesce(array_agg(DISTINCT upper(regexp_replace(trim(a ->> 'address'), '[\s.,#-]+', ' ', 'g'))
                            || '|' || coalesce(upper(a ->> 'region'), '')
                            || '|' || coalesce(a ->> 'country', body ->> 'country', '')), '{}')
  FROM jsonb_array_elements(coalesce(body -> 'addresses', '[]'::jsonb)) AS a
  WHERE kind = 'ORGANISATION' AND coalesce(a ->> 'type', 'registered') = 'registered'
    AND nullif(trim(a ->> 'address'), '') IS NOT NULL;
END;

CREATE INDEX party_address_idx ON party USING gin (registered_address_keys(kind, body));
CREATE INDEX mining_right_holders_idx ON mining_right USING gin (holders);

-- A mineral transaction's declared price in US dollars: as written when in dollars, else converted
-- at the exchange rate the record states (local currency per dollar); NULL when neither is known.
CREATE FUNCTION transaction_usd(body jsonb) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN CASE
    WHEN body #>> '{price,currency}' = 'USD' THEN (body #>> '{price,amount}')::numeric
    WHEN (body ->> 'exchangeRate')::numeric > 0
      THEN (body #>> '{price,amount}')::numeric / (body ->> 'exchangeRate')::numeric
  END;

-- The reference gold price by month in US dollars per fine kilogram (prices per troy ounce, monthly
-- or finer, averaged over the month): what fine gold is worth where no value was declared.
CREATE VIEW gold_usd_per_kg AS
  SELECT date_trunc('month', period_start)::date AS month, avg(price) * 32.1507466 AS usd_per_kg
  FROM reference_price
  WHERE metal = 'AU' AND currency = 'USD' AND per_unit = 'ozt' AND period_end < period_start + 31
  GROUP BY 1;

-- A right's authorised capacity in kg a month ({value, unit, period} as the standard writes it).
CREATE FUNCTION capacity_kg_per_month(capacity jsonb) RETURNS numeric
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN (capacity ->> 'value')::numeric
    * CASE capacity ->> 'unit'
        WHEN 'mg' THEN 0.000001 WHEN 'g' THEN 0.001 WHEN 'kg' THEN 1 WHEN 't' THEN 1000
        WHEN 'ozt' THEN 0.0311034768 END
    * CASE capacity ->> 'period'
        WHEN 'DAY' THEN 365.25 / 12 WHEN 'MONTH' THEN 1 WHEN 'QUARTER' THEN 1.0 / 3
        WHEN 'HALF_YEAR' THEN 1.0 / 6 WHEN 'YEAR' THEN 1.0 / 12 END;

-- The countries a place belongs to when its record names none (satellite detections): those of the
-- mining rights and protected or indigenous areas whose box holds its centre. A place in none of
-- them belongs to no one country (regional users see it).
CREATE FUNCTION place_countries(country text, geometry jsonb) RETURNS text[]
  LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
  SELECT CASE WHEN country IS NOT NULL THEN ARRAY[country] ELSE ARRAY(
    SELECT DISTINCT c FROM (
      SELECT r.country AS c FROM mining_right r
      WHERE geometry_box(r.body -> 'geometry') && box(center(geometry_box(geometry)), center(geometry_box(geometry)))
      UNION ALL
      SELECT jsonb_array_elements_text(a.body -> 'countries') FROM geo_feature a
      WHERE a.kind IN ('PROTECTED_AREA', 'INDIGENOUS_TERRITORY')
        AND geometry_box(a.body -> 'geometry') && box(center(geometry_box(geometry)), center(geometry_box(geometry)))
    ) AS found WHERE c IS NOT NULL ORDER BY c) END;
END;
