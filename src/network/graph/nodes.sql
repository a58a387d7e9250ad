-- The graph's parties, one per resolved entity (or canonical id where no entity holds the party).
WITH node_of AS (
  SELECT record_id AS id, min(entity_id) AS node FROM entity_member GROUP BY record_id
)
SELECT coalesce(n.node, p.id) AS id, min(p.kind) AS kind, min(p.name) AS name
FROM party p LEFT JOIN node_of n ON n.id = p.id
GROUP BY 1
ORDER BY 1
