-- The name an analyst knows each of an alert's subjects by: the name of the resolved entity the id
-- is a member of (its records' most written name); else the name its own records write most (ties:
-- the fullest), party records first, then mining rights. Countries, satellite detections, areas and
-- ids no record holds get no row. Works before any resolution ran: the entity tables are then empty.
-- $1 subject ids (text[]).
WITH resolved AS (
  SELECT DISTINCT ON (m.record_id) m.record_id AS id, e.name
  FROM entity_member m JOIN entity e ON e.id = m.entity_id
  WHERE m.record_id = ANY ($1::text[]) AND btrim(e.name) <> ''
  -- A record id in two entities (two registers' records under one id, kept apart): the larger names it.
  ORDER BY m.record_id, e.member_count DESC, e.id
),
parties AS (
  SELECT DISTINCT ON (p.id) p.id, p.name
  FROM party p
  WHERE p.id = ANY ($1::text[]) AND btrim(coalesce(p.name, '')) <> ''
  GROUP BY p.id, p.name
  ORDER BY p.id, count(*) DESC, length(p.name) DESC, p.name
),
rights AS (
  SELECT DISTINCT ON (r.id) r.id, r.body ->> 'name' AS name
  FROM mining_right r
  WHERE r.id = ANY ($1::text[]) AND btrim(coalesce(r.body ->> 'name', '')) <> ''
  GROUP BY r.id, r.body ->> 'name'
  ORDER BY r.id, count(*) DESC, length(r.body ->> 'name') DESC, r.body ->> 'name'
)
SELECT w.id, btrim(coalesce(resolved.name, parties.name, rights.name)) AS name
FROM (SELECT DISTINCT unnest($1::text[]) AS id) w
LEFT JOIN resolved ON resolved.id = w.id
LEFT JOIN parties ON parties.id = w.id
LEFT JOIN rights ON rights.id = w.id
WHERE coalesce(resolved.name, parties.name, rights.name) IS NOT NULL
