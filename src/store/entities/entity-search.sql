-- Entities whose name or an identifier matches what a user typed, best first. Comparison is on
-- folded text (no accents, lower case: "pena" finds "Peña"); the values returned keep their spelling.
-- Candidates come from the trigram indexes on the entity's name and identifiers; each is then judged
-- on the records the user may see (scope), so a record out of scope neither matches nor shows.
-- $1 the text typed, $2 kind or NULL, $3 country or NULL, $4 limit, $5 offset, $6 most candidates,
-- $7 whether to compare names (not for text that can only be an identifier).
WITH candidates AS (
  (SELECT e.id FROM entity e
   WHERE $7::boolean AND fold_text($1) <% fold_text(e.name)
   ORDER BY word_similarity(fold_text($1), fold_text(e.name)) DESC
   LIMIT $6)
  UNION
  (SELECT e.id FROM entity e WHERE e.identifiers @> ARRAY[upper($1)])
  UNION
  (SELECT e.id FROM entity e
   WHERE identifier_text(e.identifiers) LIKE '%' || replace(replace(replace(fold_text($1), '\', '\\'), '%', '\%'), '_', '\_') || '%'
   LIMIT $6)
),
-- Judged one candidate at a time (lateral subqueries by index), never by joining whole tables.
visible AS (
  SELECT c.id, v.names, v.countries, v.records,
         ARRAY(SELECT DISTINCT i.value
               FROM entity_member m JOIN party p ON p.layout = m.layout AND p.id = m.record_id
               CROSS JOIN LATERAL unnest(p.identifiers) AS i(value)
               WHERE m.entity_id = c.id AND {scope:p.country} ORDER BY 1) AS identifiers
  FROM candidates c
  CROSS JOIN LATERAL (
    SELECT array_agg(DISTINCT p.name) FILTER (WHERE p.name IS NOT NULL) AS names,
           array_agg(DISTINCT p.country) FILTER (WHERE p.country IS NOT NULL) AS countries,
           count(*)::int AS records
    FROM entity_member m JOIN party p ON p.layout = m.layout AND p.id = m.record_id
    WHERE m.entity_id = c.id AND {scope:p.country}
  ) AS v
  WHERE v.records > 0
),
scored AS (
  SELECT v.*, e.kind, e.name, e.member_count,
         EXISTS (SELECT 1 FROM unnest(v.identifiers) AS i(value)
                 WHERE lower(i.value) = fold_text($1) OR lower(i.value) LIKE '%:' || fold_text($1)) AS exact,
         EXISTS (SELECT 1 FROM unnest(v.identifiers) AS i(value) WHERE strpos(lower(i.value), fold_text($1)) > 0) AS in_identifier,
         coalesce((SELECT max(word_similarity(fold_text($1), fold_text(n))) FROM unnest(v.names) AS n), 0) AS name_score,
         coalesce((SELECT max(similarity(fold_text($1), fold_text(n))) FROM unnest(v.names) AS n), 0) AS closeness,
         coalesce((SELECT bool_or(fold_text($1) <% fold_text(n)) FROM unnest(v.names) AS n), false) AS name_matches
  FROM visible v JOIN entity e ON e.id = v.id
  WHERE ($2::text IS NULL OR e.kind = $2) AND ($3::text IS NULL OR $3 = ANY (v.countries))
),
matched AS (
  SELECT id, kind, name, names, countries, identifiers, records, member_count AS "memberCount",
         CASE WHEN exact THEN 1 ELSE greatest(name_score, CASE WHEN in_identifier THEN 0.5 ELSE 0 END) END::float8 AS score,
         exact, closeness
  FROM scored
  WHERE exact OR in_identifier OR name_matches
)
-- One row: the page and the count of every match, so a page past the end still says how many.
SELECT (SELECT count(*)::int FROM matched) AS total,
       coalesce((SELECT jsonb_agg(to_jsonb(page) - 'closeness' ORDER BY page.exact DESC, page.score DESC, page.closeness DESC, page.name, page.id)
                 FROM (SELECT * FROM matched ORDER BY exact DESC, score DESC, closeness DESC, name, id LIMIT $4 OFFSET $5) AS page),
                '[]'::jsonb) AS items
