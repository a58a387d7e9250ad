-- GPS fixes of tracked assets in time order per device: only what walking a track needs, as plain
-- numbers (a quarter of a million rows at medium scale; the device's owner and right come once per
-- device from asset-devices.sql).
SELECT id, device_id, (extract(epoch FROM at) * 1000)::double precision AS at_ms, latitude, longitude, row_number,
       source_file_id, layout
FROM asset_position
WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND at IS NOT NULL
ORDER BY device_id, at, id
