-- Every register's entry for the documents that control gold companies: the name parts and birth
-- date it gives, and the resolved entity it belongs to, with the weakest link that entity rests on
-- (an analyst's confirmation counts as certain). No entity when resolution has not run. At a hub,
-- the country that shared the entry and the person's encoding (linkage: a CLK, tokens), if any.
-- $1 the documents (text[]).
SELECT p.id AS document,
       p.body #>> '{personName,givenNames}' AS given,
       p.body #>> '{personName,paternalSurname}' AS paternal,
       p.body #>> '{personName,maternalSurname}' AS maternal,
       p.body ->> 'birthDate' AS born,
       p.country,
       p.body -> 'linkage' AS linkage,
       m.entity_id,
       (SELECT min(l.probability) FROM entity_link l WHERE l.entity_id = m.entity_id) AS confidence
FROM party p
LEFT JOIN entity_member m ON m.record_key = p.layout || '/' || p.id
WHERE p.kind = 'PERSON' AND p.id = ANY($1::text[])
ORDER BY p.id, p.layout
