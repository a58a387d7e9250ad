-- Cash payments by one buyer, each under the reporting threshold, that go to one seller or to sellers
-- linked by a shared identifier or registered address, and together reach the threshold within one
-- calendar month: the threshold and the monthly aggregation of the financial intelligence units.
-- Amounts are converted to dollars with the exchange rate the purchase itself declares (Peru's
-- purchase register states it per row), so no outside rate is needed; a purchase in local currency
-- without a rate cannot be compared and is left out, as is one whose payment method is not stated.
-- $1 reporting threshold (USD), $2 minimum payments per linked group and month.
WITH cash AS (
  SELECT t.buyer, t.seller, t.country, t.date, t.id, t.layout, t.row_number, f.name AS file,
         (t.body #>> '{price,amount}')::numeric AS amount, t.body #>> '{price,currency}' AS currency,
         -- transaction_usd()'s rule in exact decimals: the figures are sums of these.
         price_in_usd((t.body #>> '{price,amount}')::numeric, t.body #>> '{price,currency}',
                      (t.body ->> 'exchangeRate')::numeric) AS usd
  FROM mineral_transaction t
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.body #>> '{paymentMethod,code}' = 'CASH' AND t.buyer IS NOT NULL AND t.seller IS NOT NULL
),
under AS (
  SELECT * FROM cash WHERE usd IS NOT NULL AND usd > 0 AND usd < $1::numeric
),
-- A seller's link key: its registered address when a register gives one, else the smallest identifier
-- of any party record naming it (so a person's DNI and RUC fall together), else the seller itself.
seller_address AS (
  SELECT id_of AS seller,
         min('ADDRESS:' || upper(regexp_replace(trim(a ->> 'address'), '\s+', ' ', 'g')) || ', ' ||
             upper(coalesce(a ->> 'locality', a ->> 'region', '')) || ', ' || coalesce(a ->> 'country', ''))
           AS link
  FROM party p
  CROSS JOIN LATERAL unnest(p.identifiers) AS id_of
  CROSS JOIN LATERAL jsonb_array_elements(coalesce(p.body -> 'addresses', '[]'::jsonb)) AS a
  WHERE id_of IN (SELECT seller FROM under) AND coalesce(trim(a ->> 'address'), '') <> ''
  GROUP BY id_of
),
seller_identity AS (
  SELECT id_of AS seller, min(other) AS link
  FROM party p
  CROSS JOIN LATERAL unnest(p.identifiers) AS id_of
  CROSS JOIN LATERAL unnest(p.identifiers) AS other
  WHERE id_of IN (SELECT seller FROM under)
  GROUP BY id_of
),
linked AS (
  SELECT u.*, coalesce(sa.link, si.link, u.seller) AS link,
         date_trunc('month', u.date)::date AS month_start
  FROM under u
  LEFT JOIN seller_address sa ON sa.seller = u.seller
  LEFT JOIN seller_identity si ON si.seller = u.seller
),
groups AS (
  SELECT buyer, link, month_start
  FROM linked
  GROUP BY buyer, link, month_start
  HAVING count(*) >= $2::int AND sum(usd) >= $1::numeric
)
SELECT l.buyer, min(l.country) AS country, l.month_start AS period_start,
       (l.month_start + interval '1 month' - interval '1 day')::date AS period_end,
       array_agg(DISTINCT l.seller ORDER BY l.seller) AS sellers,
       count(DISTINCT l.link)::int AS groups, count(*)::int AS payments,
       sum(l.usd) AS usd, max(l.usd) AS largest_usd,
       jsonb_agg(jsonb_build_object('id', l.id, 'layout', l.layout, 'file', l.file, 'row', l.row_number,
                                    'seller', l.seller, 'date', l.date, 'amount', l.amount,
                                    'currency', l.currency, 'usd', round(l.usd, 2))
                 ORDER BY l.date, l.id) AS evidence
FROM linked l
JOIN groups g USING (buyer, link, month_start)
GROUP BY l.buyer, l.month_start
ORDER BY l.buyer, l.month_start
