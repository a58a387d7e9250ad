-- The party graph's edges (edges.sql) that touch some nodes, for one neighbourhood: the same kinds,
-- directions and aggregation, read by index from the records of those nodes' parties only, and only
-- from records the user may see. A node is a resolved entity, else a canonical party id.
-- $1 the nodes' parties (canonical ids), $2 the most organisations one address may hold for its
-- pairs to be linked, $3 NULL, or the only parties (and countries) the other end may be: the links
-- among nodes already found.
WITH control AS (
  SELECT r.interested_party AS a, r.subject AS b,
         CASE WHEN 'shareholding' = ANY (r.interest_types) OR 'votingRights' = ANY (r.interest_types)
              THEN 'OWNERSHIP' ELSE 'CONTROL' END AS kind
  FROM relationship r
  WHERE (r.subject = ANY ($1::text[]) OR r.interested_party = ANY ($1::text[]))
    AND r.subject IS NOT NULL AND r.interested_party IS NOT NULL AND {scope:r.country}
    AND ($3::text[] IS NULL OR (r.subject = ANY ($3::text[]) AND r.interested_party = ANY ($3::text[])))
),
addressed AS (
  SELECT DISTINCT p.id, k.address
  FROM party p CROSS JOIN LATERAL unnest(registered_address_keys(p.kind, p.body)) AS k(address)
  WHERE p.id = ANY ($1::text[]) AND {scope:p.country}
),
-- An address shared by more organisations than $2 is a registered agent's: no link (as in the graph).
small_groups AS (
  SELECT a.address FROM (SELECT DISTINCT address FROM addressed) a
  WHERE (SELECT count(*) FROM (SELECT DISTINCT q.id FROM party q
                               WHERE registered_address_keys(q.kind, q.body) @> ARRAY[a.address]) s) <= $2::int
),
shared AS (
  SELECT DISTINCT least(x.id, q.id) AS a, greatest(x.id, q.id) AS b, 'SHARED_ADDRESS' AS kind
  FROM addressed x
  JOIN small_groups g ON g.address = x.address
  JOIN party q ON registered_address_keys(q.kind, q.body) @> ARRAY[x.address] AND q.id <> x.id
  WHERE {scope:q.country} AND ($3::text[] IS NULL OR q.id = ANY ($3::text[]))
),
sales AS (
  SELECT t.seller AS a, t.buyer AS b, 'TRADE' AS kind, t.fine_mass_kg AS fine_kg, t.fine_mass_kg * g.usd_per_kg AS usd
  FROM mineral_transaction t
  LEFT JOIN gold_usd_per_kg g ON g.month = date_trunc('month', t.date)::date
  WHERE (t.seller = ANY ($1::text[]) OR t.buyer = ANY ($1::text[]))
    AND t.metal = 'AU' AND t.seller IS NOT NULL AND t.buyer IS NOT NULL AND {scope:t.country}
    AND ($3::text[] IS NULL OR (t.seller = ANY ($3::text[]) AND t.buyer = ANY ($3::text[])))
),
exports AS (
  SELECT c.declarant AS a, c.partner_country AS b, 'TRADE' AS kind, c.fine_mass_kg AS fine_kg,
         c.fine_mass_kg * g.usd_per_kg AS usd
  FROM customs_declaration c
  LEFT JOIN gold_usd_per_kg g ON g.month = date_trunc('month', c.date)::date
  WHERE c.declarant = ANY ($1::text[]) AND c.flow = 'EXPORT' AND c.hs_code LIKE '7108%'
    AND c.partner_country IS NOT NULL AND {scope:c.country}
    AND ($3::text[] IS NULL OR c.partner_country = ANY ($3::text[]))
),
links AS (
  SELECT a, b, kind, NULL::numeric AS fine_kg, NULL::numeric AS usd FROM control
  UNION ALL SELECT a, b, kind, NULL, NULL FROM shared
  UNION ALL SELECT a, b, kind, fine_kg, usd FROM sales
  UNION ALL SELECT a, b, kind, fine_kg, usd FROM exports
),
-- Aggregated per pair of parties first, then named by node: one lookup per pair, not per record.
pairs AS (
  SELECT a, b, kind, count(*) AS records, sum(fine_kg) AS fine_kg, sum(usd) AS usd FROM links GROUP BY a, b, kind
),
named AS (
  SELECT coalesce((SELECT min(m.entity_id) FROM entity_member m WHERE m.record_id = p.a), p.a) AS source,
         coalesce((SELECT min(m.entity_id) FROM entity_member m WHERE m.record_id = p.b), p.b) AS target,
         p.kind, p.records, p.fine_kg, p.usd
  FROM pairs p
)
SELECT source, target, kind, sum(records)::int AS records, sum(fine_kg)::float8 AS "fineKg", sum(usd)::float8 AS usd
FROM named
WHERE source <> target
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3
