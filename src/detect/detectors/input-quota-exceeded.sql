-- Controlled inputs delivered to a user for one destination right, per input and calendar month,
-- against the monthly quota the deliveries carry (normalised to the same kg, L or units). Where a
-- month's deliveries state different quotas, the largest one is the user's benefit of the doubt.
-- $1 relative tolerance.
WITH deliveries AS (
  SELECT t.recipient, t.destination_right, t.country, t.input, t.quantity, t.quantity_unit,
         (t.body #>> '{monthlyQuota,value}')::numeric AS quota,
         t.body #>> '{monthlyQuota,unit}' AS quota_unit,
         date_trunc('month', t.date)::date AS month,
         t.id, t.layout, t.row_number, t.date, f.name AS file
  FROM input_transaction t
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.quantity IS NOT NULL AND t.body #> '{monthlyQuota,value}' IS NOT NULL
)
SELECT recipient, destination_right, min(country) AS country, input, quantity_unit AS unit, month,
       (month + interval '1 month' - interval '1 day')::date AS month_end,
       sum(quantity) AS delivered, max(quota) AS quota, count(*)::int AS deliveries,
       jsonb_agg(jsonb_build_object('id', id, 'layout', layout, 'file', file, 'row', row_number,
                                    'date', date, 'input', input, 'quantity', quantity,
                                    'unit', quantity_unit, 'quota', quota) ORDER BY date, id) AS evidence
FROM deliveries
WHERE quota_unit = quantity_unit AND quota > 0
GROUP BY recipient, destination_right, input, quantity_unit, month
HAVING sum(quantity) > max(quota) * (1 + $1::numeric)
ORDER BY recipient, destination_right, month, input
