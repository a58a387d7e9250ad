-- Satellite detections of mining disturbance, with their footprint, for spatial joins done in code.
SELECT g.id, g.country, g.detected_on, g.area_ha, (g.body ->> 'confidence')::double precision AS confidence,
       g.body ->> 'source' AS source, g.body -> 'geometry' AS geometry, g.layout, g.row_number,
       f.name AS file
FROM geo_feature g
JOIN source_file f ON f.id = g.source_file_id
WHERE g.kind = 'SATELLITE_DETECTION' AND g.body ? 'geometry'
ORDER BY g.id
