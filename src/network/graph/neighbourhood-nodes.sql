-- The nodes of a neighbourhood as the user may see them: a node's label, kind and country come from
-- its records within the scope. `records` counts all its party records, `visible` those in scope: a
-- node with records but none visible is out of scope; one with no record at all (a country, or a
-- party only a visible transaction names) is known only through the record that linked it.
-- $1 the nodes.
SELECT n.id, e.kind AS entity_kind, count(p.id)::int AS records,
       count(p.id) FILTER (WHERE {scope:p.country})::int AS visible,
       mode() WITHIN GROUP (ORDER BY p.name) FILTER (WHERE {scope:p.country}) AS label,
       mode() WITHIN GROUP (ORDER BY p.country) FILTER (WHERE {scope:p.country}) AS country,
       mode() WITHIN GROUP (ORDER BY p.kind) FILTER (WHERE {scope:p.country}) AS party_kind
FROM unnest($1::text[]) AS n(id)
LEFT JOIN entity e ON e.id = n.id
LEFT JOIN LATERAL (
  SELECT q.id, q.name, q.country, q.kind
  FROM entity_member m JOIN party q ON q.layout = m.layout AND q.id = m.record_id
  WHERE m.entity_id = e.id
  UNION ALL
  SELECT q.id, q.name, q.country, q.kind FROM party q WHERE e.id IS NULL AND q.id = n.id
) AS p ON true
GROUP BY n.id, e.kind
