-- Every ownership chain above one subject: each link a direct holding declared in a register, the
-- share multiplied along the chain. A chain that comes back to a party already on it stops there
-- and is returned marked as a loop. Declared indirect holdings are read apart (not multiplied) so
-- a chain the registers also spell out link by link is not counted twice.
-- Only register entries the user may see are followed, and owners are named from visible records.
-- $1 the subject's canonical id, $2 the deepest chain followed.
WITH RECURSIVE links AS (
  SELECT r.subject, r.interested_party AS owner, i->>'type' AS interest,
         max(coalesce((i->'share'->>'exact')::numeric, (i->'share'->>'minimum')::numeric)) / 100 AS share,
         min(f.name) AS file, min(r.row_number) AS row_number, min(r.layout) AS layout, min(r.id) AS id
  FROM relationship r
  JOIN source_file f ON f.id = r.source_file_id
  CROSS JOIN LATERAL jsonb_array_elements(r.body->'interests') i
  WHERE r.subject IS NOT NULL AND r.interested_party IS NOT NULL
    AND coalesce(i->>'directOrIndirect', 'direct') <> 'indirect' AND {scope:r.country}
  GROUP BY r.subject, r.interested_party, i->>'type'
),
chains AS (
  SELECT l.owner, l.interest, l.share AS effective, 1 AS depth, ARRAY[$1::text, l.owner] AS path,
         l.owner = $1::text AS loop, jsonb_build_array(jsonb_build_object('id', l.id, 'layout', l.layout,
           'file', l.file, 'row', l.row_number, 'subject', l.subject, 'owner', l.owner, 'interest', l.interest,
           'share', l.share)) AS evidence
  FROM links l WHERE l.subject = $1::text
  UNION ALL
  SELECT l.owner, l.interest, c.effective * l.share, c.depth + 1, c.path || l.owner, l.owner = ANY (c.path),
         c.evidence || jsonb_build_object('id', l.id, 'layout', l.layout, 'file', l.file, 'row', l.row_number,
           'subject', l.subject, 'owner', l.owner, 'interest', l.interest, 'share', l.share)
  FROM chains c JOIN links l ON l.subject = c.owner
  WHERE NOT c.loop AND c.depth < $2::int AND c.interest IN ('shareholding', 'votingRights')
),
declared_indirect AS (
  SELECT r.interested_party AS owner, i->>'type' AS interest,
         coalesce((i->'share'->>'exact')::numeric, (i->'share'->>'minimum')::numeric) / 100 AS effective,
         2 AS depth, ARRAY[$1::text, i->>'via', r.interested_party] AS path, false AS loop,
         jsonb_build_array(jsonb_build_object('id', r.id, 'layout', r.layout, 'file', f.name, 'row', r.row_number,
           'subject', r.subject, 'owner', r.interested_party, 'interest', i->>'type',
           'share', coalesce((i->'share'->>'exact')::numeric, (i->'share'->>'minimum')::numeric) / 100)) AS evidence
  FROM relationship r
  JOIN source_file f ON f.id = r.source_file_id
  CROSS JOIN LATERAL jsonb_array_elements(r.body->'interests') i
  WHERE r.subject = $1::text AND i->>'directOrIndirect' = 'indirect' AND i->>'via' IS NOT NULL
    AND {scope:r.country}
),
found AS (
  SELECT *, false AS declared FROM chains
  UNION ALL
  SELECT *, true FROM declared_indirect
)
SELECT c.owner, c.interest, c.effective, c.depth, c.path, c.loop, c.evidence, c.declared,
       (SELECT min(p.kind) FROM party p WHERE p.id = c.owner) AS kind,
       (SELECT min(p.name) FROM party p WHERE p.id = c.owner AND {scope:p.country}) AS name,
       EXISTS (SELECT 1 FROM links above WHERE above.subject = c.owner) AS has_owners
FROM found c
-- Chains followed link by link come first: a declared indirect holding repeats one when both exist.
ORDER BY c.declared, c.depth, c.owner
