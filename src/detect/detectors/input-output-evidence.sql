-- The deliveries and gold declarations of some rights, as evidence for input-output alerts.
-- $1 the rights' canonical ids.
SELECT 'input_transaction' AS "table", t.destination_right AS right_id, t.date AS day, t.id, t.layout,
       t.row_number, f.name AS file, t.input AS item, t.quantity, t.quantity_unit AS unit
FROM input_transaction t
JOIN source_file f ON f.id = t.source_file_id
WHERE t.destination_right = ANY($1::text[])
UNION ALL
SELECT 'production_declaration', d.mining_right, d.period_end, d.id, d.layout, d.row_number, f.name,
       'AU', d.quantity_kg, 'kg'
FROM production_declaration d
JOIN source_file f ON f.id = d.source_file_id
WHERE d.mining_right = ANY($1::text[]) AND d.metal = 'AU'
ORDER BY 2, 3, 4
