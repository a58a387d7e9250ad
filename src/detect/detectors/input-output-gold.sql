-- Fine gold each right declares per calendar month, with its declarant and declared stratum.
-- Declarations covering several months (Colombian quarters, Ecuadorian semesters) are spread evenly.
WITH declared AS (
  SELECT mining_right, declarant, body #>> '{stratum,code}' AS stratum, quantity_kg,
         date_trunc('month', period_start)::date AS first_month,
         date_trunc('month', coalesce(period_end, period_start))::date AS last_month
  FROM production_declaration
  WHERE metal = 'AU' AND quantity_is_fine AND mining_right IS NOT NULL AND quantity_kg IS NOT NULL
    AND period_start IS NOT NULL
)
SELECT d.mining_right AS right_id, min(d.declarant) AS declarant, min(d.stratum) AS stratum,
       month::date AS month,
       sum(d.quantity_kg / ((extract(year FROM age(d.last_month, d.first_month)) * 12
                             + extract(month FROM age(d.last_month, d.first_month)) + 1)::numeric)) AS fine_kg
FROM declared d
CROSS JOIN LATERAL generate_series(d.first_month, d.last_month, interval '1 month') AS month
GROUP BY d.mining_right, month
ORDER BY d.mining_right, month
