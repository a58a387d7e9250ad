-- Who controls a gold company, by which document: every person's interest in a company that buys or
-- exports gold that is a stake of at least the minimum share or control without one (a vote, a
-- board seat, managing it or representing it at law: the legal representative a tax register names
-- runs the company whatever the shareholders' register says). Whether two documents are one person
-- is decided beside it (cross-border-documents.sql, cross-border-persons.ts).
-- $1 minimum effective share (per cent).
WITH gold_companies AS (
  SELECT declarant AS company FROM customs_declaration WHERE flow = 'EXPORT' AND declarant IS NOT NULL
  UNION
  SELECT buyer FROM mineral_transaction WHERE metal = 'AU' AND buyer IS NOT NULL
),
control AS (
  SELECT r.interested_party AS document, r.subject AS company, r.id, r.layout, r.row_number, f.name AS file,
         coalesce((i->'share'->>'exact')::numeric, (i->'share'->>'minimum')::numeric) AS share, i->>'type' AS interest
  FROM relationship r
  JOIN source_file f ON f.id = r.source_file_id
  CROSS JOIN LATERAL jsonb_array_elements(r.body->'interests') i
  WHERE r.subject IN (SELECT company FROM gold_companies)
    AND EXISTS (SELECT 1 FROM party p WHERE p.id = r.interested_party AND p.kind = 'PERSON')
    AND (i->>'type' IN ('otherInfluenceOrControl', 'appointmentOfBoard', 'boardMember', 'seniorManagingOfficial',
                        'legalRepresentative')
         OR coalesce((i->'share'->>'exact')::numeric, (i->'share'->>'minimum')::numeric) >= $1::numeric)
)
SELECT c.document, c.company, e.first_export, e.last_export, coalesce(e.fob_usd, 0) AS fob_usd,
       jsonb_build_object('id', c.id, 'layout', c.layout, 'file', c.file, 'row', c.row_number,
                          'document', c.document, 'company', c.company, 'share', c.share, 'interest', c.interest)
         AS evidence
FROM control c
LEFT JOIN (
  SELECT declarant, min(date) AS first_export, max(date) AS last_export, sum(fob_usd) AS fob_usd
  FROM customs_declaration WHERE flow = 'EXPORT' AND declarant IN (SELECT company FROM control)
  GROUP BY declarant
) e ON e.declarant = c.company
ORDER BY c.company, c.id
