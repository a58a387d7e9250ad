-- GPS fixes of tracked assets in time order per device, with where each came from; stops are found in
-- code, which walks each device's track once.
SELECT p.id, p.device_id, p.owner, p.authorised_destination, p.at, p.latitude, p.longitude,
       p.body #>> '{assetType,code}' AS asset_type, p.body ->> 'assetRef' AS asset_ref, p.country,
       p.layout, p.row_number, f.name AS file
FROM asset_position p
JOIN source_file f ON f.id = p.source_file_id
WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL AND p.at IS NOT NULL
ORDER BY p.device_id, p.at, p.id
