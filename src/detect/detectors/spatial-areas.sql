-- Protected areas and indigenous territories, with their boundaries, for spatial joins done in code
-- (the flags tell which boundaries may be trusted there).
SELECT g.id, g.kind, coalesce(g.country, g.body #>> '{countries,0}') AS country, g.body ->> 'name' AS name, g.body -> 'geometry' AS geometry, g.flags,
       g.layout, g.row_number, f.name AS file
FROM geo_feature g
JOIN source_file f ON f.id = g.source_file_id
WHERE g.kind IN ('PROTECTED_AREA', 'INDIGENOUS_TERRITORY') AND g.body ? 'geometry'
ORDER BY g.id
