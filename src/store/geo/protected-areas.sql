-- Protected areas and indigenous territories with their boundaries, for the map: those of a
-- country within the scope (an area may span several countries).
SELECT g.id, g.kind, g.body ->> 'name' AS name, g.body ->> 'designation' AS designation, c.countries,
       g.area_ha::float8 AS "areaHa", g.body -> 'geometry' AS geometry, g.layout, f.name AS file, g.row_number AS row
FROM geo_feature g
JOIN source_file f ON f.id = g.source_file_id
CROSS JOIN LATERAL (
  SELECT ARRAY(SELECT DISTINCT c FROM unnest(ARRAY[g.country] || ARRAY(
                 SELECT jsonb_array_elements_text(coalesce(g.body -> 'countries', '[]'::jsonb)))) AS c
               WHERE c IS NOT NULL ORDER BY 1) AS countries
) AS c
WHERE g.kind IN ('PROTECTED_AREA', 'INDIGENOUS_TERRITORY') AND g.body ? 'geometry' AND {scopes:c.countries}
ORDER BY g.kind, g.id
