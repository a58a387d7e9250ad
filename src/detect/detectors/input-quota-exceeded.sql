-- Controlled inputs delivered to a user for one destination right, per input and calendar month,
-- against the monthly quota the deliveries carry (normalised to the same kg, L or units). Where a
-- month's deliveries state different quotas, the largest one is the user's benefit of the doubt.
-- Months over quota are found first; only their deliveries are gathered as evidence.
-- $1 relative tolerance.
WITH deliveries AS (
  SELECT recipient, destination_right, country, input, quantity, quantity_unit,
         (body #>> '{monthlyQuota,value}')::numeric AS quota,
         date_trunc('month', date)::date AS month, id, layout, row_number, date, source_file_id
  FROM input_transaction
  WHERE quantity IS NOT NULL AND body #> '{monthlyQuota,value}' IS NOT NULL
    AND body #>> '{monthlyQuota,unit}' = quantity_unit
),
breaches AS (
  SELECT recipient, destination_right, input, quantity_unit, month, min(country) AS country,
         sum(quantity) AS delivered, max(quota) AS quota, count(*)::int AS deliveries
  FROM deliveries
  GROUP BY recipient, destination_right, input, quantity_unit, month
  HAVING max(quota) > 0 AND sum(quantity) > max(quota) * (1 + $1::numeric)
)
SELECT b.recipient, b.destination_right, b.country, b.input, b.quantity_unit AS unit, b.month,
       (b.month + interval '1 month' - interval '1 day')::date AS month_end,
       b.delivered, b.quota, b.deliveries,
       jsonb_agg(jsonb_build_object('id', d.id, 'layout', d.layout, 'file', f.name, 'row', d.row_number,
                                    'date', d.date, 'input', d.input, 'quantity', d.quantity,
                                    'unit', d.quantity_unit, 'quota', d.quota) ORDER BY d.date, d.id) AS evidence
FROM breaches b
JOIN deliveries d ON d.recipient = b.recipient AND d.destination_right IS NOT DISTINCT FROM b.destination_right
                 AND d.input = b.input AND d.quantity_unit = b.quantity_unit AND d.month = b.month
JOIN source_file f ON f.id = d.source_file_id
GROUP BY b.recipient, b.destination_right, b.country, b.input, b.quantity_unit, b.month, b.delivered,
         b.quota, b.deliveries
ORDER BY b.recipient, b.destination_right, b.month, b.input
