-- Controlled inputs each right receives per input and calendar month, in normalised kg, L or units;
-- the month as a number (year × 12 + month − 1) keeps the rows narrow.
SELECT destination_right AS right_id, input, quantity_unit AS unit,
       (extract(year FROM date) * 12 + extract(month FROM date) - 1)::int AS month, sum(quantity) AS quantity
FROM input_transaction
WHERE destination_right IS NOT NULL AND quantity IS NOT NULL AND date IS NOT NULL
GROUP BY 1, 2, 3, 4
