-- An entity's profile in one round trip, read through the user's scope: the entity (only if one of
-- its records is visible), its visible records with file, row and batch, the visible alerts naming
-- one of its parties (or the entity itself), and counts of the visible records naming its parties.
-- No row when no record of the entity is visible. $1 the entity's id, $2 the most alerts listed,
-- $3 the severities worst first (core/severity.ts), the order alerts are listed in.
WITH identities AS (
  SELECT p.layout, p.id AS "recordId", f.name AS file, p.row_number AS row, p.batch_id AS "batchId",
         p.name, p.kind, coalesce(p.identifiers, '{}') AS identifiers, p.country
  FROM entity_member m
  JOIN party p ON p.layout = m.layout AND p.id = m.record_id
  JOIN source_file f ON f.id = p.source_file_id
  WHERE m.entity_id = $1 AND {scope:p.country}
),
parties AS (
  SELECT coalesce(array_agg(DISTINCT "recordId"), '{}') AS ids FROM identities
),
alerts AS (
  SELECT a.id, a.typology, a.severity, a.score::float8 AS score, a.country,
         to_char(a.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(a.period_end, 'YYYY-MM-DD') AS "periodEnd",
         a.subjects, a.title, a.first_detected_at AS "firstDetectedAt", a.last_detected_at AS "lastDetectedAt",
         array_position($3::text[], a.severity) AS rank
  FROM alert a, parties
  WHERE a.subjects && (parties.ids || $1::text) AND {scope:a.country}
)
SELECT e.id, e.kind, e.name, e.country, e.identifiers, e.member_count AS "memberCount", e.updated_at AS "updatedAt",
       (SELECT jsonb_agg(to_jsonb(i) ORDER BY i.country NULLS LAST, i.layout, i."recordId") FROM identities i) AS identities,
       (SELECT count(*)::int FROM alerts) AS "alertTotal",
       coalesce((SELECT jsonb_agg(to_jsonb(a) - 'rank' ORDER BY a.rank, a.score DESC, a.id)
                 FROM (SELECT * FROM alerts ORDER BY rank, score DESC, id LIMIT $2) AS a), '[]'::jsonb) AS alerts,
       jsonb_build_object(
         'productionDeclarations', (SELECT count(*) FROM production_declaration d, parties
                                    WHERE d.declarant = ANY (parties.ids) AND {scope:d.country}),
         'customsDeclarations', (SELECT count(*) FROM customs_declaration c, parties
                                 WHERE c.declarant = ANY (parties.ids) AND {scope:c.country}),
         'purchases', (SELECT count(*) FROM mineral_transaction t, parties
                       WHERE t.buyer = ANY (parties.ids) AND {scope:t.country}),
         'sales', (SELECT count(*) FROM mineral_transaction t, parties
                   WHERE t.seller = ANY (parties.ids) AND {scope:t.country}),
         'inputDeliveries', (SELECT count(*) FROM input_transaction i, parties
                             WHERE i.recipient = ANY (parties.ids) AND {scope:i.country}),
         'miningRights', (SELECT count(*) FROM mining_right r, parties
                          WHERE r.holders && parties.ids AND {scope:r.country})) AS activity
FROM entity e
WHERE e.id = $1 AND EXISTS (SELECT 1 FROM identities)
