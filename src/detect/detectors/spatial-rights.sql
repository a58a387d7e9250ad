-- Mining rights with a boundary and their legal status, for spatial joins done in code (the flags
-- tell which boundaries may be trusted there).
SELECT r.id, r.country, r.legal_status, r.body -> 'geometry' AS geometry, r.flags, r.layout, r.row_number,
       f.name AS file
FROM mining_right r
JOIN source_file f ON f.id = r.source_file_id
WHERE r.body ? 'geometry'
ORDER BY r.id
