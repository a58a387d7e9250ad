-- People who appear as owner or officer of many gold-chain companies that do not own one another.
-- A gold-chain company is one that buys or sells gold or declares its export. Supplying gold to
-- several traders is what every miner does, so sellers are not counted as links here.
-- A person is a resolved entity, so one fronting companies under a national ID here and a passport
-- there counts once with all of them; a document no resolution has placed stands for itself.
-- $1 minimum number of unrelated companies.
WITH links AS (
  SELECT coalesce(e.entity_id, r.interested_party) AS person, r.interested_party AS document,
         r.subject AS company, r.interest_types, r.id, r.layout, r.row_number, f.name AS file
  FROM relationship r
  JOIN source_file f ON f.id = r.source_file_id
  LEFT JOIN LATERAL (
    SELECT min(m.entity_id) AS entity_id
    FROM party p JOIN entity_member m ON m.record_key = p.layout || '/' || p.id
    WHERE p.id = r.interested_party AND p.kind = 'PERSON'
  ) e ON true
  WHERE r.interested_party IS NOT NULL AND r.subject IS NOT NULL AND r.interested_party <> r.subject
    AND EXISTS (SELECT 1 FROM party p WHERE p.id = r.interested_party AND p.kind = 'PERSON')
),
candidates AS (
  SELECT company FROM links GROUP BY company
),
trades AS (
  SELECT buyer AS company, date FROM mineral_transaction
  WHERE metal = 'AU' AND buyer IN (SELECT company FROM candidates)
  UNION ALL
  SELECT seller, date FROM mineral_transaction
  WHERE metal = 'AU' AND seller IN (SELECT company FROM candidates)
  UNION ALL
  SELECT declarant, date FROM customs_declaration
  WHERE flow = 'EXPORT' AND declarant IN (SELECT company FROM candidates)
),
gold_companies AS (
  SELECT company, min(date) AS first_trade, max(date) AS last_trade FROM trades GROUP BY company
),
linked AS (
  SELECT l.* FROM links l JOIN gold_companies g ON g.company = l.company
),
-- A company owned by another company of the same person's set, directly or as the intermediary
-- of an indirect holding, belongs to that one's group: a group is one business, not a network.
unrelated AS (
  SELECT DISTINCT l.person, l.company
  FROM linked l
  WHERE NOT EXISTS (
    SELECT 1 FROM relationship r
    JOIN linked sibling ON sibling.person = l.person AND sibling.company <> l.company
    WHERE r.subject = l.company
      AND (r.interested_party = sibling.company
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(r.body->'interests') i
                      WHERE i->>'via' = sibling.company))
  )
),
people AS (
  SELECT u.person, count(*)::int AS companies, array_agg(u.company ORDER BY u.company) AS company_ids,
         (SELECT array_agg(DISTINCT l.document ORDER BY l.document) FROM linked l WHERE l.person = u.person)
           AS documents
  FROM unrelated u GROUP BY u.person HAVING count(*) >= $1::int
),
addresses AS (
  SELECT DISTINCT p.id AS company, upper(btrim(a->>'address')) AS address
  FROM party p CROSS JOIN LATERAL jsonb_array_elements(coalesce(p.body->'addresses', '[]'::jsonb)) a
  WHERE p.id IN (SELECT unnest(company_ids) FROM people) AND a->>'address' IS NOT NULL
),
gold_value AS (
  SELECT u.person, sum(t.fine_mass_kg) AS fine_kg,
         sum(troy_ounces(t.fine_mass_kg) * price.price) AS value_usd
  FROM unrelated u
  JOIN mineral_transaction t ON t.buyer = u.company AND t.metal = 'AU'
  LEFT JOIN reference_price price ON price.metal = 'AU' AND price.currency = 'USD' AND price.per_unit = 'ozt'
       AND t.date BETWEEN price.period_start AND price.period_end
  WHERE u.person IN (SELECT person FROM people)
  GROUP BY u.person
)
SELECT pe.person, pe.documents, pe.companies, pe.company_ids,
       (SELECT coalesce(max(n), 0) FROM (
          SELECT count(DISTINCT company)::int AS n FROM addresses
          WHERE company = ANY (pe.company_ids) GROUP BY address) shared) AS at_one_address,
       (SELECT min(first_trade) FROM gold_companies WHERE company = ANY (pe.company_ids)) AS period_start,
       (SELECT max(last_trade) FROM gold_companies WHERE company = ANY (pe.company_ids)) AS period_end,
       coalesce(v.fine_kg, 0) AS fine_kg, coalesce(v.value_usd, 0) AS value_usd,
       (SELECT jsonb_agg(jsonb_build_object('id', l.id, 'layout', l.layout, 'file', l.file, 'row', l.row_number,
                                            'document', l.document, 'company', l.company,
                                            'interests', l.interest_types)
                         ORDER BY l.company, l.layout, l.id)
        FROM linked l WHERE l.person = pe.person AND l.company = ANY (pe.company_ids)) AS evidence
FROM people pe
LEFT JOIN gold_value v ON v.person = pe.person
ORDER BY pe.companies DESC, pe.documents
