-- Fine gold each right declares per declared period (a month in Peru, a quarter in Colombia, a
-- semester in Ecuador); the code spreads longer periods evenly over their months.
SELECT mining_right AS right_id, period_start, coalesce(period_end, period_start) AS period_end,
       sum(quantity_kg) AS fine_kg
FROM production_declaration
WHERE metal = 'AU' AND quantity_is_fine AND mining_right IS NOT NULL AND quantity_kg IS NOT NULL
  AND period_start IS NOT NULL
GROUP BY mining_right, period_start, coalesce(period_end, period_start)
