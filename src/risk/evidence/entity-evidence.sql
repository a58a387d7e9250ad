-- Evidence about resolved entities. An alert names parties by their canonical identifiers; every
-- entity holding one of those records takes the alert (once, however many of its records it
-- names). Signals come from the member records: an identifier failing its check digit, a company
-- address shared with other companies, a company struck off or not found at its address, owners
-- holding through an intermediary whose own owners no register declares.
-- $1 weights (jsonb).
WITH members AS (
  SELECT DISTINCT m.entity_id, m.record_id AS party_id FROM entity_member m
),
alerts AS (
  SELECT DISTINCT ON (m.entity_id, a.alert_id) m.entity_id, a.*
  FROM risk_alert a JOIN members m ON m.party_id = a.subject
  ORDER BY m.entity_id, a.alert_id, a.value DESC
),
addresses AS (
  SELECT upper(btrim(p.body #>> '{addresses,0,address}')) AS address, count(DISTINCT p.id)::int AS companies
  FROM party p
  WHERE p.kind = 'ORGANISATION' AND btrim(coalesce(p.body #>> '{addresses,0,address}', '')) <> ''
  GROUP BY 1
  HAVING count(DISTINCT p.id) >= ($1::jsonb #>> '{thresholds,sharedAddressCompanies}')::int
),
indirect AS (
  SELECT DISTINCT r.subject AS party_id, r.interested_party AS owner, i->>'via' AS via,
         NOT EXISTS (SELECT 1 FROM relationship above WHERE above.subject = i->>'via') AS undeclared
  FROM relationship r CROSS JOIN LATERAL jsonb_array_elements(r.body->'interests') i
  WHERE i->>'directOrIndirect' = 'indirect' AND i->>'via' IS NOT NULL
),
signals AS (
  SELECT f.party_id, 'IDENTIFIER_CHECK_DIGIT' AS code, 1.0::float8 AS value,
         jsonb_build_object('identifier', f.party_id, 'records', f.records, 'message', f.message) AS detail
  FROM risk_failing_id f
  UNION ALL
  SELECT DISTINCT p.id, 'SHARED_ADDRESS', 1.0,
         jsonb_build_object('identifier', p.id, 'address', a.address, 'companies', a.companies)
  FROM party p JOIN addresses a ON a.address = upper(btrim(p.body #>> '{addresses,0,address}'))
  WHERE p.kind = 'ORGANISATION'
  UNION ALL
  SELECT DISTINCT p.id, 'NOT_LOCATED_OR_CLOSED', 1.0,
         jsonb_build_object('identifier', p.id, 'status', p.body #>> '{status,code}',
                            'domicile', p.body #>> '{domicileCondition,code}')
  FROM party p
  WHERE p.body #>> '{status,code}' IN ('CANCELLED', 'SUSPENDED') OR p.body #>> '{domicileCondition,code}' = 'NOT_LOCATED'
  UNION ALL
  SELECT party_id, 'OWNED_THROUGH_INTERMEDIARY', 1.0, jsonb_build_object('owner', owner, 'via', via)
  FROM indirect
  UNION ALL
  SELECT DISTINCT party_id, 'INTERMEDIARY_OWNERS_UNDECLARED', 1.0, jsonb_build_object('via', via)
  FROM indirect WHERE undeclared
)
INSERT INTO risk_evidence (kind, subject_id, label, country, source, alert_id, code, weight, value, detail)
SELECT 'entity', e.id, e.name, e.country, 'alert', a.alert_id, a.typology, a.weight, a.value,
       jsonb_build_object('severity', a.severity, 'alertScore', a.alert_score, 'periodEnd', a.period_end,
                          'recency', a.recency, 'via', a.subject)
FROM alerts a JOIN entity e ON e.id = a.entity_id
UNION ALL
SELECT DISTINCT 'entity', e.id, e.name, e.country, 'signal', NULL::text, s.code,
       coalesce(($1::jsonb #>> ARRAY['signals', s.code])::float8, 0), s.value, s.detail
FROM signals s JOIN members m ON m.party_id = s.party_id JOIN entity e ON e.id = m.entity_id
