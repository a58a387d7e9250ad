-- The fineness of the gold bought in each country, for masses declared without one (CO-DEX
-- exports, some purchases): from the purchases on file, and, at a hub that receives a country's
-- purchases only as monthly totals (shared_aggregate), from the fine and gross sums of those totals.
-- A total counts only when it is of gold (grouped by metal) and carries both sums; a cell may hold
-- purchases without a fine mass, whose gross weight then lowers the ratio a little.
SELECT country, sum(fine_kg) / sum(gross_kg) AS fineness
FROM (
  SELECT country, fine_mass_kg AS fine_kg, gross_mass_kg AS gross_kg
  FROM mineral_transaction
  WHERE metal = 'AU' AND fine_mass_kg IS NOT NULL AND gross_mass_kg > 0
  UNION ALL
  SELECT p.country, (a.measures ->> 'fineMassKg')::numeric, (a.measures ->> 'grossMassKg')::numeric
  FROM shared_aggregate a
  JOIN (SELECT DISTINCT node_id, country FROM federation_peer) p ON p.node_id = a.from_node
  WHERE a.record_type = 'MineralTransaction' AND a.by_values ->> 'metal' = 'AU'
    AND a.measures ->> 'fineMassKg' IS NOT NULL AND (a.measures ->> 'grossMassKg')::numeric > 0
) AS bought
WHERE country IS NOT NULL
GROUP BY country
