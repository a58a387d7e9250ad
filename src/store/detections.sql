-- Satellite detections whose box meets a box (a map window, or a right's box), detected between two
-- days, that the user may see. A detection's countries are its own, or, as the satellite products
-- name none, those of the mining rights and protected or indigenous areas whose box holds its centre;
-- one in none of them belongs to no one country (regional users see it).
-- $1 box [west, south, east, north] or NULL, $2 first day or NULL, $3 last day or NULL, $4 limit.
SELECT g.id, g.detected_on AS "detectedOn", g.area_ha::float8 AS "areaHa",
       (g.body ->> 'confidence')::float8 AS confidence, g.body ->> 'source' AS source,
       g.body -> 'geometry' AS geometry, g.layout, f.name AS file, g.row_number AS row,
       c.countries, count(*) OVER ()::int AS total
FROM geo_feature g
JOIN source_file f ON f.id = g.source_file_id
CROSS JOIN LATERAL (SELECT center(geometry_box(g.body -> 'geometry')) AS point) AS centre
CROSS JOIN LATERAL (
  SELECT CASE WHEN g.country IS NOT NULL THEN ARRAY[g.country] ELSE ARRAY(
    SELECT DISTINCT found.country FROM (
      SELECT r.country FROM mining_right r
      WHERE geometry_box(r.body -> 'geometry') && box(centre.point, centre.point)
      UNION ALL
      SELECT jsonb_array_elements_text(a.body -> 'countries') FROM geo_feature a
      WHERE a.kind IN ('PROTECTED_AREA', 'INDIGENOUS_TERRITORY')
        AND geometry_box(a.body -> 'geometry') && box(centre.point, centre.point)
    ) AS found WHERE found.country IS NOT NULL ORDER BY 1) END AS countries
) AS c
WHERE g.kind = 'SATELLITE_DETECTION' AND g.body ? 'geometry'
  AND ($1::float8[] IS NULL OR geometry_box(g.body -> 'geometry') && box(point($1[1], $1[2]), point($1[3], $1[4])))
  AND ($2::date IS NULL OR g.detected_on >= $2::date) AND ($3::date IS NULL OR g.detected_on <= $3::date)
  AND {scopes:c.countries}
ORDER BY g.detected_on DESC NULLS LAST, g.id
LIMIT $4
