-- Controlled inputs each right receives per input and calendar month, in normalised kg, L or units.
SELECT destination_right AS right_id, min(recipient) AS recipient, min(body #>> '{adminArea,region}') AS region,
       input, quantity_unit AS unit, date_trunc('month', date)::date AS month, sum(quantity) AS quantity
FROM input_transaction
WHERE destination_right IS NOT NULL AND quantity IS NOT NULL AND date IS NOT NULL
GROUP BY destination_right, input, quantity_unit, date_trunc('month', date)
ORDER BY destination_right, month, input
