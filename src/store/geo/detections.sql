-- Satellite detections whose box meets a box (a map window, or a right's box), detected between two
-- days, that the user may see. A detection's country is its own: the satellite products name none, so
-- ingestion takes the country whose reference boundary (Natural Earth) holds its centre. Never from
-- another uploaded record's geometry: one uploaded right drawn over a continent would otherwise hand
-- its uploader every neighbour's detections. One in no country's boundary is for regional users only.
-- $1 box [west, south, east, north] or NULL, $2 first day or NULL, $3 last day or NULL, $4 limit.
SELECT g.id, g.detected_on AS "detectedOn", g.area_ha::float8 AS "areaHa",
       (g.body ->> 'confidence')::float8 AS confidence, g.body ->> 'source' AS source,
       g.body -> 'geometry' AS geometry, g.layout, f.name AS file, g.row_number AS row,
       c.countries, count(*) OVER ()::int AS total
FROM geo_feature g
JOIN source_file f ON f.id = g.source_file_id
CROSS JOIN LATERAL (
  SELECT CASE WHEN g.country IS NULL THEN '{}'::text[] ELSE ARRAY[g.country] END AS countries
) AS c
WHERE g.kind = 'SATELLITE_DETECTION' AND g.body ? 'geometry'
  AND ($1::float8[] IS NULL OR geometry_box(g.body -> 'geometry') && box(point($1[1], $1[2]), point($1[3], $1[4])))
  AND ($2::date IS NULL OR g.detected_on >= $2::date) AND ($3::date IS NULL OR g.detected_on <= $3::date)
  AND {scopes:c.countries}
ORDER BY g.detected_on DESC NULLS LAST, g.id
LIMIT $4
