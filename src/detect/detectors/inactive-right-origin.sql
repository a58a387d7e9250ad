-- Purchases whose declared origin right could not lawfully produce on the transaction date, or whose
-- seller's trade registration was cancelled or suspended, summed per buyer and origin right.
-- A status counts from its date (the right's endedOn, the registration's validTo) plus the grace
-- period; where the source gives no date, the status stands as the register states it.
-- A right in process counts only where a formalisation register (REINFO, RUCOM) is held for its
-- country and no active entry of it covers the right: elsewhere nothing tells whether it may produce.
-- Value in USD from the monthly reference price of the metal, on fine content.
-- $1 grace days, $2 minimum value (USD) per buyer and right.
WITH rights AS (
  SELECT DISTINCT ON (r.id) r.id, r.country, r.legal_status, r.body #>> '{legalStatus,national}' AS national,
         (r.body ->> 'endedOn')::date AS ended_on, r.layout, r.row_number, f.name AS file
  FROM mining_right r
  JOIN source_file f ON f.id = r.source_file_id
  WHERE r.legal_status IN ('EXTINCT', 'SUSPENDED', 'IN_PROCESS')
  ORDER BY r.id, r.layout
),
lapsed_registrations AS (
  SELECT g.id, g.layout, g.row_number, g.party, g.register, g.status, g.mining_right,
         g.body #>> '{status,national}' AS national, (g.body ->> 'validTo')::date AS valid_to, f.name AS file
  FROM registration g
  JOIN source_file f ON f.id = g.source_file_id
  WHERE g.register IN ('RUCOM', 'REINFO', 'NIM') AND g.status IN ('CANCELLED', 'SUSPENDED')
),
purchases AS (
  SELECT t.id, t.layout, t.row_number, f.name AS file, t.country, t.date, t.buyer, t.seller,
         t.origin_right, t.metal, t.fine_mass_kg
  FROM mineral_transaction t
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.origin_right IS NOT NULL AND t.date IS NOT NULL
    AND (t.origin_right IN (SELECT id FROM rights) OR t.seller IN (SELECT party FROM lapsed_registrations))
),
formalising_countries AS (
  SELECT DISTINCT country FROM registration WHERE register IN ('REINFO', 'RUCOM')
),
covered AS (
  SELECT DISTINCT p.id
  FROM purchases p
  JOIN registration g ON g.mining_right = p.origin_right
  WHERE g.register IN ('REINFO', 'RUCOM') AND g.status = 'ACTIVE'
    AND coalesce((g.body ->> 'validFrom')::date, p.date) <= p.date
    AND coalesce((g.body ->> 'validTo')::date, p.date) >= p.date
),
right_breaches AS (
  SELECT p.id AS purchase_id, 'RIGHT_' || r.legal_status AS reason,
         jsonb_build_object('id', r.id, 'layout', r.layout, 'file', r.file, 'row', r.row_number,
                            'status', r.legal_status, 'national', r.national, 'endedOn', r.ended_on) AS record
  FROM purchases p
  JOIN rights r ON r.id = p.origin_right
  LEFT JOIN covered c ON c.id = p.id
  WHERE (r.legal_status IN ('EXTINCT', 'SUSPENDED')
         AND (r.ended_on IS NULL OR p.date > r.ended_on + $1::int))
     OR (r.legal_status = 'IN_PROCESS' AND c.id IS NULL
         AND r.country IN (SELECT country FROM formalising_countries))
),
seller_breaches AS (
  SELECT p.id AS purchase_id, 'SELLER_' || g.status AS reason,
         jsonb_build_object('id', g.id, 'layout', g.layout, 'file', g.file, 'row', g.row_number,
                            'register', g.register, 'status', g.status, 'national', g.national,
                            'validTo', g.valid_to) AS record
  FROM purchases p
  JOIN lapsed_registrations g ON g.party = p.seller
  WHERE (g.mining_right IS NULL OR g.mining_right = p.origin_right)
    AND (g.valid_to IS NULL OR p.date > g.valid_to + $1::int)
),
breaches AS (
  SELECT * FROM right_breaches UNION ALL SELECT * FROM seller_breaches
),
flagged AS (
  SELECT p.*,
         p.fine_mass_kg * CASE price.per_unit
           WHEN 'ozt' THEN price.price * 1000 / grams_per_troy_ounce()
           WHEN 'g' THEN price.price * 1000
           WHEN 'kg' THEN price.price
           WHEN 't' THEN price.price / 1000
         END AS value_usd
  FROM purchases p
  LEFT JOIN reference_price price
    ON price.metal = p.metal AND price.currency = 'USD'
   AND p.date BETWEEN price.period_start AND price.period_end
  WHERE p.id IN (SELECT purchase_id FROM breaches)
),
grounds AS (
  SELECT p.buyer, p.origin_right, array_agg(DISTINCT b.reason ORDER BY b.reason) AS reasons,
         jsonb_agg(DISTINCT b.record) AS records
  FROM breaches b
  JOIN purchases p ON p.id = b.purchase_id
  GROUP BY p.buyer, p.origin_right
)
SELECT f.buyer, f.origin_right, min(f.country) AS country, min(f.date) AS first_date,
       max(f.date) AS last_date, count(*)::int AS purchases,
       array_agg(DISTINCT f.seller ORDER BY f.seller) AS sellers,
       array_agg(DISTINCT f.metal ORDER BY f.metal) AS metals,
       coalesce(sum(f.fine_mass_kg), 0) AS fine_kg, sum(f.value_usd) AS value_usd,
       min(g.reasons) AS reasons, min(g.records::text)::jsonb AS records,
       jsonb_agg(jsonb_build_object('id', f.id, 'layout', f.layout, 'file', f.file, 'row', f.row_number,
                                    'date', f.date, 'seller', f.seller, 'metal', f.metal,
                                    'fineKg', f.fine_mass_kg, 'valueUsd', round(f.value_usd, 2))
                 ORDER BY f.date, f.id) AS evidence
FROM flagged f
JOIN grounds g ON g.buyer = f.buyer AND g.origin_right = f.origin_right
GROUP BY f.buyer, f.origin_right
HAVING coalesce(sum(f.value_usd), 0) >= $2::numeric
    OR (sum(f.value_usd) IS NULL AND sum(f.fine_mass_kg) > 0)
ORDER BY f.buyer, f.origin_right
