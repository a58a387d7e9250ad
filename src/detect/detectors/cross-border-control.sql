-- One person controlling gold companies in two or more countries under different documents: a
-- national ID in one register, a passport in another. Owning companies in two countries openly,
-- under one document, is lawful and not raised. Two documents are taken as one person when the
-- registers give the same given names and first surname, no conflicting second surname, and the
-- same birth date, or both surnames when a birth date is missing (accents folded for the
-- comparison only); a full entity resolution will widen this.
-- $1 minimum effective share (per cent), $2 minimum countries.
WITH people AS (
  SELECT DISTINCT p.id,
         (p.body->>'birthDate')::date AS born,
         translate(upper(btrim(p.body #>> '{personName,paternalSurname}')), 'ÁÉÍÓÚÜÑ', 'AEIOUUN') AS surname,
         translate(upper(btrim(p.body #>> '{personName,maternalSurname}')), 'ÁÉÍÓÚÜÑ', 'AEIOUUN') AS maternal,
         translate(upper(btrim(p.body #>> '{personName,givenNames}')), 'ÁÉÍÓÚÜÑ', 'AEIOUUN') AS given
  FROM party p
  WHERE p.kind = 'PERSON'
    AND p.body #>> '{personName,paternalSurname}' IS NOT NULL AND p.body #>> '{personName,givenNames}' IS NOT NULL
),
persons AS (
  -- Every document of one person, named by the smallest of its documents. Without a birth date on
  -- one side, both surnames must be there and agree.
  SELECT a.id AS document, min(b.id) AS person
  FROM people a
  JOIN people b ON b.surname = a.surname AND b.given = a.given
   AND (a.maternal IS NULL OR b.maternal IS NULL OR a.maternal = b.maternal)
   AND (a.born = b.born OR ((a.born IS NULL OR b.born IS NULL) AND a.maternal = b.maternal))
  GROUP BY a.id
  HAVING count(DISTINCT b.id) > 1
),
gold_companies AS (
  SELECT declarant AS company FROM customs_declaration WHERE flow = 'EXPORT' AND declarant IS NOT NULL
  UNION
  SELECT buyer FROM mineral_transaction WHERE metal = 'AU' AND buyer IS NOT NULL
),
control AS (
  SELECT pe.person, pe.document, r.subject AS company, r.id, r.layout, r.row_number, f.name AS file,
         coalesce((i->'share'->>'exact')::numeric, (i->'share'->>'minimum')::numeric) AS share, i->>'type' AS interest
  FROM relationship r
  JOIN persons pe ON pe.document = r.interested_party
  JOIN source_file f ON f.id = r.source_file_id
  CROSS JOIN LATERAL jsonb_array_elements(r.body->'interests') i
  WHERE r.subject IN (SELECT company FROM gold_companies)
    AND (i->>'type' = 'otherInfluenceOrControl'
         OR coalesce((i->'share'->>'exact')::numeric, (i->'share'->>'minimum')::numeric) >= $1::numeric)
),
exports AS (
  SELECT declarant AS company, min(date) AS first_export, max(date) AS last_export, sum(fob_usd) AS fob_usd
  FROM customs_declaration WHERE flow = 'EXPORT' AND declarant IN (SELECT company FROM control)
  GROUP BY declarant
)
SELECT c.person,
       array_agg(DISTINCT c.document ORDER BY c.document) AS documents,
       array_agg(DISTINCT c.company ORDER BY c.company) AS companies,
       array_agg(DISTINCT left(c.company, 2) ORDER BY left(c.company, 2)) AS countries,
       (SELECT coalesce(sum(e.fob_usd), 0) FROM exports e WHERE e.company IN (SELECT company FROM control x WHERE x.person = c.person)) AS exports_usd,
       (SELECT min(e.first_export) FROM exports e WHERE e.company IN (SELECT company FROM control x WHERE x.person = c.person)) AS period_start,
       (SELECT max(e.last_export) FROM exports e WHERE e.company IN (SELECT company FROM control x WHERE x.person = c.person)) AS period_end,
       jsonb_agg(jsonb_build_object('id', c.id, 'layout', c.layout, 'file', c.file, 'row', c.row_number,
                                    'document', c.document, 'company', c.company, 'share', c.share, 'interest', c.interest)
                 ORDER BY c.company, c.id) AS evidence
FROM control c
GROUP BY c.person
-- Countries with a controlled company, and more than one document doing the controlling. A passport
-- is keyed under the register that declared it, so one passport in two registers is one document.
HAVING count(DISTINCT left(c.company, 2)) >= $2::int
   AND count(DISTINCT regexp_replace(c.document, '^[A-Z]{2}:PASSPORT:', 'PASSPORT:')) > 1
ORDER BY c.person
