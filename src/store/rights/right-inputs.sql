-- Controlled inputs (mercury, cyanide, explosives...) delivered for one right, by month, input and
-- unit, from visible records. $1 the right's id.
SELECT to_char(date_trunc('month', i.date), 'YYYY-MM') AS month, i.input, i.quantity_unit AS unit,
       sum(i.quantity)::float8 AS quantity, count(*)::int AS deliveries,
       array_agg(DISTINCT i.recipient) FILTER (WHERE i.recipient IS NOT NULL) AS recipients
FROM input_transaction i
WHERE i.destination_right = $1 AND i.date IS NOT NULL AND {scope:i.country}
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3
