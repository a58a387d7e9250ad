-- The stratum, region and country of the rights that receive inputs or declare gold.
-- $1 the rights' canonical ids.
SELECT id AS right_id, stratum, body #>> '{adminArea,region}' AS region, country
FROM mining_right
WHERE id = ANY($1::text[])
