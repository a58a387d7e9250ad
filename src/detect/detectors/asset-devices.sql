-- Each tracked device with its owner, authorised right and kind, as its latest fix states them.
SELECT DISTINCT ON (p.device_id) p.device_id, p.owner, p.authorised_destination,
       p.body #>> '{assetType,code}' AS asset_type, p.body ->> 'assetRef' AS asset_ref, p.country
FROM asset_position p
ORDER BY p.device_id, p.at DESC
