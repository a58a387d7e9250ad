-- The gold export declarations of the exporters that carried a shift, over its months: the records
-- an analyst opens first. $1 exporters, $2 first day, $3 last day.
SELECT c.id, c.layout, f.name AS file, c.row_number AS row, c.declarant AS party, c.date,
       c.net_mass_kg AS "netKg", c.fine_mass_kg AS "fineKg", c.partner_country AS "destination"
FROM customs_declaration c JOIN source_file f ON f.id = c.source_file_id
WHERE c.declarant = ANY($1::text[]) AND c.flow = 'EXPORT' AND c.hs_code LIKE '7108%'
  AND c.date BETWEEN $2::date AND $3::date
ORDER BY c.date, c.id
