-- Mining rights for the map, with holders named as their visible records write them most (ties:
-- the fullest name), their boundary quality flags and how many visible alerts name them.
-- $1 country or NULL, $2 bounding box [west, south, east, north] or NULL, $3 limit, $4 one right's id or NULL.
WITH found AS (
  SELECT DISTINCT ON (r.id) r.*
  FROM mining_right r
  WHERE {scope:r.country} AND ($1::text IS NULL OR r.country = $1) AND ($4::text IS NULL OR r.id = $4)
    AND ($2::float8[] IS NULL OR geometry_box(r.body -> 'geometry') && box(point($2[1], $2[2]), point($2[3], $2[4])))
  ORDER BY r.id, r.layout
)
SELECT r.id, r.code, r.body ->> 'name' AS name, r.country, r.layout, r.legal_status AS status,
       r.body #>> '{legalStatus,national}' AS "statusNational", r.body #>> '{kind,code}' AS kind,
       r.area_ha::float8 AS hectares, r.body -> 'geometry' AS geometry,
       ARRAY(SELECT DISTINCT f ->> 'code' FROM jsonb_array_elements(r.flags) AS f ORDER BY 1) AS flags,
       coalesce((SELECT jsonb_agg(jsonb_build_object(
                   'id', h.id,
                   'name', (SELECT p.name FROM party p WHERE p.id = h.id AND {scope:p.country}
                            GROUP BY p.name ORDER BY count(*) DESC, length(p.name) DESC, p.name LIMIT 1),
                   'entity', (SELECT min(m.entity_id) FROM entity_member m WHERE m.record_id = h.id))
                 ORDER BY h.n)
                 FROM unnest(r.holders) WITH ORDINALITY AS h(id, n)), '[]'::jsonb) AS holders,
       (SELECT count(*) FROM alert a WHERE a.subjects @> ARRAY[r.id] AND {scope:a.country})::int AS alerts,
       count(*) OVER ()::int AS total
FROM found r
ORDER BY r.country, r.id
LIMIT $3
