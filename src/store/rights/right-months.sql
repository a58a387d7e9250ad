-- One right, month by month: metal its holder declared producing there (a quarter's declaration
-- spread evenly over its months), fine metal sold naming it as origin, and its authorised capacity.
-- Only visible records count. $1 the right's id, $2 the metal (the capacity's, else gold).
WITH declared AS (
  SELECT m.month::date AS month, sum(d.quantity_kg / months.n) AS kg, bool_and(d.quantity_is_fine) AS fine
  FROM production_declaration d
  CROSS JOIN LATERAL (SELECT ((extract(year FROM d.period_end) - extract(year FROM d.period_start)) * 12
                              + extract(month FROM d.period_end) - extract(month FROM d.period_start) + 1) AS n) AS months
  CROSS JOIN LATERAL generate_series(date_trunc('month', d.period_start), d.period_end, interval '1 month') AS m(month)
  WHERE d.mining_right = $1 AND d.metal = $2 AND d.quantity_kg IS NOT NULL AND {scope:d.country}
  GROUP BY 1
),
sold AS (
  SELECT date_trunc('month', t.date)::date AS month, sum(t.fine_mass_kg) AS kg, count(*)::int AS records
  FROM mineral_transaction t
  WHERE t.origin_right = $1 AND t.metal = $2 AND t.date IS NOT NULL AND {scope:t.country}
  GROUP BY 1
),
capacity AS (
  SELECT capacity_kg_per_month(r.body -> 'authorisedCapacity') AS kg
  FROM mining_right r WHERE r.id = $1 AND {scope:r.country} AND r.body ? 'authorisedCapacity'
  ORDER BY r.layout LIMIT 1
)
SELECT to_char(coalesce(d.month, s.month), 'YYYY-MM') AS month, d.kg::float8 AS "declaredKg",
       d.fine AS "declaredIsFine", s.kg::float8 AS "purchasedFineKg", coalesce(s.records, 0) AS purchases,
       (SELECT kg FROM capacity)::float8 AS "capacityKg"
FROM declared d FULL JOIN sold s ON s.month = d.month
ORDER BY 1
