-- What a buyer's gold purchases say about it, as shares of the fine gold it bought (of the number of
-- purchases where no fine mass is given): bought from sellers whose identifiers fail their check
-- digit, bought naming neither a right nor a place of origin, bought citing rights that carry a
-- high or critical alert (one that does not already name the buyer: that alert counts on its
-- own). Traders and exporters both read these.
WITH purchases AS (
  SELECT t.buyer, t.seller, t.origin_right, t.body ? 'originArea' AS has_area,
         coalesce(t.fine_mass_kg, 0)::float8 AS kg
  FROM mineral_transaction t
  WHERE t.buyer IS NOT NULL AND t.metal = 'AU'
),
marked AS (
  SELECT p.*, p.seller IN (SELECT party_id FROM risk_failing_id) AS invalid_seller,
         p.origin_right IS NULL AND NOT p.has_area AS no_origin,
         EXISTS (SELECT 1 FROM risk_alert a
                 WHERE a.subject = p.origin_right AND a.severity IN ('high', 'critical')
                   AND NOT p.buyer = ANY (a.subjects)) AS alerted_right
  FROM purchases p
),
totals AS (
  SELECT buyer, count(*)::int AS purchases, sum(kg) AS kg,
         count(*) FILTER (WHERE invalid_seller)::int AS invalid_n, coalesce(sum(kg) FILTER (WHERE invalid_seller), 0) AS invalid_kg,
         count(*) FILTER (WHERE no_origin)::int AS no_origin_n, coalesce(sum(kg) FILTER (WHERE no_origin), 0) AS no_origin_kg,
         count(*) FILTER (WHERE alerted_right)::int AS alerted_n, coalesce(sum(kg) FILTER (WHERE alerted_right), 0) AS alerted_kg,
         (array_agg(DISTINCT seller ORDER BY seller) FILTER (WHERE invalid_seller))[1:5] AS invalid_sellers,
         (array_agg(DISTINCT origin_right ORDER BY origin_right) FILTER (WHERE alerted_right))[1:5] AS rights
  FROM marked GROUP BY buyer
),
shares AS (
  SELECT t.*,
         CASE WHEN kg > 0 THEN invalid_kg / kg ELSE invalid_n::float8 / purchases END AS invalid_share,
         CASE WHEN kg > 0 THEN no_origin_kg / kg ELSE no_origin_n::float8 / purchases END AS no_origin_share,
         CASE WHEN kg > 0 THEN alerted_kg / kg ELSE alerted_n::float8 / purchases END AS alerted_share
  FROM totals t
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
