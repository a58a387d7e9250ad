-- The graph's edges, aggregated per pair and kind in the database so that memory holds one row
-- per edge, never one per record. A party is named by its resolved entity when entity resolution
-- has put its records in one, else by its canonical id. $1: the most organisations one address may
-- hold for its pairs to be linked (a larger group is a registered-agent address: reported apart).
WITH node_of AS (
  SELECT record_id AS id, min(entity_id) AS node FROM entity_member GROUP BY record_id
),
control AS (
  SELECT r.interested_party AS a, r.subject AS b,
         CASE WHEN 'shareholding' = ANY (r.interest_types) OR 'votingRights' = ANY (r.interest_types)
              THEN 'OWNERSHIP' ELSE 'CONTROL' END AS kind
  FROM relationship r
  WHERE r.subject IS NOT NULL AND r.interested_party IS NOT NULL
),
addressed AS (
  SELECT DISTINCT p.id, k.address
  FROM party p CROSS JOIN LATERAL unnest(registered_address_keys(p.kind, p.body)) AS k(address)
  WHERE p.kind = 'ORGANISATION' -- the only parties with registered-address keys: spares the rest a call
),
shared AS (
  SELECT x.id AS a, y.id AS b, 'SHARED_ADDRESS' AS kind
  FROM addressed x JOIN addressed y ON x.address = y.address AND x.id < y.id
  WHERE x.address IN (SELECT address FROM addressed GROUP BY address HAVING count(*) <= $1::int)
),
sales AS (
  SELECT t.seller AS a, t.buyer AS b, 'TRADE' AS kind, t.fine_mass_kg AS fine_kg, t.fine_mass_kg * g.usd_per_kg AS usd
  FROM mineral_transaction t
  LEFT JOIN gold_usd_per_kg g ON g.month = date_trunc('month', t.date)::date
  WHERE t.metal = 'AU' AND t.seller IS NOT NULL AND t.buyer IS NOT NULL
),
exports AS (
  SELECT c.declarant AS a, c.partner_country AS b, 'TRADE' AS kind, c.fine_mass_kg AS fine_kg,
         c.fine_mass_kg * g.usd_per_kg AS usd
  FROM customs_declaration c
  LEFT JOIN gold_usd_per_kg g ON g.month = date_trunc('month', c.date)::date
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '7108%' AND c.declarant IS NOT NULL
    AND c.partner_country IS NOT NULL
),
links AS (
  SELECT a, b, kind, NULL::numeric AS fine_kg, NULL::numeric AS usd FROM control
  UNION ALL SELECT a, b, kind, NULL, NULL FROM shared
  UNION ALL SELECT a, b, kind, fine_kg, usd FROM sales
  UNION ALL SELECT a, b, kind, fine_kg, usd FROM exports
)
SELECT coalesce(na.node, l.a) AS source, coalesce(nb.node, l.b) AS target, l.kind,
       count(*)::int AS records, sum(l.fine_kg)::float8 AS "fineKg", sum(l.usd)::float8 AS usd
FROM links l
LEFT JOIN node_of na ON na.id = l.a
LEFT JOIN node_of nb ON nb.id = l.b
WHERE coalesce(na.node, l.a) <> coalesce(nb.node, l.b)
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3
