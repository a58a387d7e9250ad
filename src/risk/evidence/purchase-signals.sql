-- What a buyer's gold purchases say about it, as shares of the fine gold it bought (of the number of
-- purchases where no fine mass is given): bought from sellers whose identifiers fail their check
-- digit, bought naming neither a right nor a place of origin, bought citing rights that carry a
-- high or critical alert (one that does not already name the buyer: that alert counts on its
-- own). Traders and exporters both read these. $1 the severities counted serious (high and above,
-- from core/severity.ts).
WITH serious AS (
  SELECT a.subject AS right_id, a.alert_id, a.subjects FROM risk_alert a
  WHERE a.severity = ANY ($1::text[]) AND EXISTS (SELECT 1 FROM mining_right r WHERE r.id = a.subject)
),
serious_rights AS (
  SELECT right_id, count(DISTINCT alert_id) AS alerts FROM serious GROUP BY right_id
),
-- A buyer named by every serious alert on a right has each of them counted already.
named_by_all AS (
  SELECT s.right_id, x.party
  FROM serious s CROSS JOIN LATERAL unnest(s.subjects) AS x (party)
  JOIN serious_rights r ON r.right_id = s.right_id
  GROUP BY s.right_id, x.party, r.alerts HAVING count(DISTINCT s.alert_id) = r.alerts
),
marked AS (
  SELECT t.buyer, t.seller, t.origin_right, coalesce(t.fine_mass_kg, 0)::float8 AS kg,
         f.party_id IS NOT NULL AS invalid_seller,
         -- Only a purchase without a right is read for a place of origin: most name one.
         CASE WHEN t.origin_right IS NULL THEN NOT (t.body ? 'originArea') ELSE false END AS no_origin,
         r.right_id IS NOT NULL AND n.party IS NULL AS alerted_right
  FROM mineral_transaction t
  LEFT JOIN risk_failing_id f ON f.party_id = t.seller
  LEFT JOIN serious_rights r ON r.right_id = t.origin_right
  LEFT JOIN named_by_all n ON n.right_id = t.origin_right AND n.party = t.buyer
  WHERE t.buyer IS NOT NULL AND t.metal = 'AU'
),
totals AS (
  SELECT buyer, count(*)::int AS purchases, sum(kg) AS kg,
         count(*) FILTER (WHERE invalid_seller)::int AS invalid_n, coalesce(sum(kg) FILTER (WHERE invalid_seller), 0) AS invalid_kg,
         count(*) FILTER (WHERE no_origin)::int AS no_origin_n, coalesce(sum(kg) FILTER (WHERE no_origin), 0) AS no_origin_kg,
         count(*) FILTER (WHERE alerted_right)::int AS alerted_n, coalesce(sum(kg) FILTER (WHERE alerted_right), 0) AS alerted_kg
  FROM marked GROUP BY buyer
),
-- A few of the sellers and rights concerned, read apart: few purchases carry them.
examples AS (
  SELECT buyer, (array_agg(DISTINCT seller ORDER BY seller) FILTER (WHERE invalid_seller))[1:5] AS invalid_sellers,
         (array_agg(DISTINCT origin_right ORDER BY origin_right) FILTER (WHERE alerted_right))[1:5] AS rights
  FROM marked WHERE invalid_seller OR alerted_right GROUP BY buyer
),
shares AS (
  SELECT t.*, e.invalid_sellers, e.rights,
         CASE WHEN kg > 0 THEN invalid_kg / kg ELSE invalid_n::float8 / purchases END AS invalid_share,
         CASE WHEN kg > 0 THEN no_origin_kg / kg ELSE no_origin_n::float8 / purchases END AS no_origin_share,
         CASE WHEN kg > 0 THEN alerted_kg / kg ELSE alerted_n::float8 / purchases END AS alerted_share
  FROM totals t LEFT JOIN examples e ON e.buyer = t.buyer
)
INSERT INTO risk_purchase_signal (buyer, code, value, detail)
SELECT buyer, 'SELLERS_INVALID_ID', invalid_share,
       jsonb_build_object('purchases', purchases, 'flaggedPurchases', invalid_n, 'fineKg', round(invalid_kg::numeric, 3),
                          'sellers', to_jsonb(invalid_sellers))
FROM shares WHERE invalid_n > 0
UNION ALL
SELECT buyer, 'PURCHASES_WITHOUT_ORIGIN', no_origin_share,
       jsonb_build_object('purchases', purchases, 'withoutOrigin', no_origin_n, 'fineKg', round(no_origin_kg::numeric, 3))
FROM shares WHERE no_origin_n > 0
UNION ALL
SELECT buyer, 'SUPPLY_FROM_ALERTED_RIGHTS', alerted_share,
       jsonb_build_object('purchases', purchases, 'fromAlertedRights', alerted_n, 'fineKg', round(alerted_kg::numeric, 3),
                          'rights', to_jsonb(rights))
FROM shares WHERE alerted_n > 0
