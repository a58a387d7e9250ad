-- Per declarant of purchases (the buyer), currency and calendar year, over every amount it declared:
-- the first-digit distribution against Benford's law, the spread of the amounts, and how many are whole
-- units. A year, not the whole history: invented invoices come in spells, and a spell diluted in years
-- of genuine buying would hide.
-- Amounts are used as written, in their own currency: the law is scale invariant, and rounding is a
-- property of the written figure. A whole amount counts as round; peers are the declarant-years of the
-- same layout and currency with enough records, and the median peer's share of whole amounts is what
-- chance and the layout's habits produce (near 1 % where amounts carry cents, 100 % where they never
-- do, as Colombian pesos).
-- $1 minimum records for the first-digit test, $2 nonconformity band for the MAD in excess of chance
-- and of the peers' norm, $3 minimum orders of magnitude between the 5th and 95th percentile for the
-- first-digit test to apply, $4 excess share of whole amounts, $5 minimum whole amounts beyond the
-- peers' share for that test (and the fewest records a declarant-year needs to be a peer).
WITH amounts AS (
  SELECT t.buyer AS declarant, t.layout, t.country, t.date, t.id, t.row_number, f.name AS file,
         date_trunc('year', t.date)::date AS year_start,
         t.body #>> '{price,currency}' AS currency, (t.body #>> '{price,amount}')::numeric AS amount
  FROM mineral_transaction t
  JOIN source_file f ON f.id = t.source_file_id
  WHERE t.buyer IS NOT NULL AND t.date IS NOT NULL AND (t.body #>> '{price,amount}')::numeric > 0
),
digits AS (
  -- The first significant digit, read from the scientific notation so that 0.0042 gives 4.
  SELECT a.*, substr(to_char(amount, '9.9999999999999EEEE'), 2, 1)::int AS first_digit,
         amount = trunc(amount) AS whole
  FROM amounts a
),
declarants AS (
  SELECT declarant, layout, currency, year_start, min(country) AS country, count(*)::int AS n,
         avg(whole::int) AS whole_share, count(*) FILTER (WHERE whole)::int AS whole_count,
         percentile_cont(0.05) WITHIN GROUP (ORDER BY amount) AS p05,
         percentile_cont(0.95) WITHIN GROUP (ORDER BY amount) AS p95,
         ARRAY[count(*) FILTER (WHERE first_digit = 1), count(*) FILTER (WHERE first_digit = 2),
               count(*) FILTER (WHERE first_digit = 3), count(*) FILTER (WHERE first_digit = 4),
               count(*) FILTER (WHERE first_digit = 5), count(*) FILTER (WHERE first_digit = 6),
               count(*) FILTER (WHERE first_digit = 7), count(*) FILTER (WHERE first_digit = 8),
               count(*) FILTER (WHERE first_digit = 9)] AS digit_counts
  FROM digits
  GROUP BY declarant, layout, currency, year_start
  HAVING count(*) >= least($1::int, $5::int)
),
peers AS (
  SELECT layout, currency, percentile_cont(0.5) WITHIN GROUP (ORDER BY whole_share)::numeric AS expected_whole
  FROM declarants
  GROUP BY layout, currency
),
-- Mean absolute deviation of the first-digit shares from Benford's log10(1 + 1/d), over d = 1..9.
mad AS (
  SELECT d.declarant, d.layout, d.currency, d.year_start,
         sum(abs(u.k::numeric / d.n - log(1 + 1.0 / u.digit))) / 9 AS mad,
         jsonb_object_agg(u.digit::text, round(u.k::numeric / d.n, 4)) AS digit_shares
  FROM declarants d
  CROSS JOIN LATERAL unnest(d.digit_counts) WITH ORDINALITY AS u(k, digit)
  GROUP BY d.declarant, d.layout, d.currency, d.year_start
),
-- The excess MAD that is the norm among declarant-years the test applies to, in the same layout and
-- currency: when a whole register strays from Benford (amounts bounded by what gold costs and what a
-- miner can carry), that is the trade's shape, not any one declarant's invention.
tested AS (
  SELECT d.declarant, d.layout, d.currency, d.year_start, m.mad - 0.235 / sqrt(d.n) AS excess_mad
  FROM declarants d
  JOIN mad m USING (declarant, layout, currency, year_start)
  WHERE d.n >= $1::int AND log(d.p95::numeric / d.p05::numeric) >= $3::numeric
),
norms AS (
  SELECT layout, currency,
         greatest(0, percentile_cont(0.5) WITHIN GROUP (ORDER BY excess_mad))::numeric AS peer_excess_mad
  FROM tested
  GROUP BY layout, currency
)
SELECT d.declarant, d.country, d.layout, d.currency, d.n, d.year_start AS period_start,
       (d.year_start + interval '1 year' - interval '1 day')::date AS period_end,
       m.mad, m.digit_shares, log(d.p95::numeric / d.p05::numeric) AS orders_of_magnitude,
       d.whole_count, d.whole_share, p.expected_whole, coalesce(nm.peer_excess_mad, 0) AS peer_excess_mad,
       (SELECT jsonb_agg(jsonb_build_object('id', x.id, 'layout', x.layout, 'file', x.file, 'row', x.row_number,
                                            'date', x.date, 'amount', x.amount, 'firstDigit', x.first_digit,
                                            'whole', x.whole) ORDER BY x.date, x.id)
        FROM digits x
        WHERE x.declarant = d.declarant AND x.layout = d.layout
          AND x.currency IS NOT DISTINCT FROM d.currency AND x.year_start = d.year_start) AS evidence
FROM declarants d
JOIN mad m USING (declarant, layout, currency, year_start)
JOIN peers p ON p.layout = d.layout AND p.currency IS NOT DISTINCT FROM d.currency
LEFT JOIN tested t
  ON t.declarant = d.declarant AND t.layout = d.layout AND t.currency IS NOT DISTINCT FROM d.currency
 AND t.year_start = d.year_start
LEFT JOIN norms nm ON nm.layout = d.layout AND nm.currency IS NOT DISTINCT FROM d.currency
WHERE t.excess_mad - nm.peer_excess_mad > $2::numeric
   OR (d.whole_count - d.n * p.expected_whole >= $5::numeric AND d.whole_share - p.expected_whole > $4::numeric)
ORDER BY d.declarant, d.layout, d.currency, d.year_start
