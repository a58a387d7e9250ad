-- Gold lots whose lead-isotope ratios (206/204, 207/204, 208/204) lie far, in Mahalanobis distance,
-- from the lots of the district their declared origin right lies in. A right cannot vouch for itself:
-- each right is judged against the trusted lots (accredited labs) of its district's other rights.
-- Few districts have many assayed lots, so a district's covariance is shrunk towards the pooled
-- within-right covariance (lot-to-lot scatter of one deposit) with the weight of $4 lots, and a lot
-- is measured against the predictive covariance of a new lot, Σ × (1 + 1/n): the centre of n lots is
-- itself uncertain.
-- A right whose district has fewer than $2 trusted lots of other rights cannot be told apart from its
-- district's few neighbours with confidence, so its lot counts only when it fits neither those lots
-- nor any well-measured district of its region: a thin district is judged by its region.
-- A lot is a gold purchase naming an origin right. Receipt numbers repeat across buyers, so an assay
-- links to the purchase of the same country dated within 45 days of sampling when it is the only
-- one, or the only one whose declared fineness agrees with the assayed gold within $5.
-- An assay far from the districts of all the lots it may belong to counts against each of them.
-- $6 lists the rights a first pass found by their unambiguous lots: their lots teach no district its
-- fingerprint, and an ambiguous assay that may be theirs blames no other right (see the .ts).
-- $1 maxMahalanobis, $2 minTrustedLots, $3 minFailingLots, $4 pooledWeightLots, $5 linkFinenessTolerance,
-- $6 rights whose lots are not trusted.
WITH assays AS (
  SELECT a.id, a.layout, a.row_number, a.lot_reference, a.country, a.lab, f.name AS file,
         (a.body ->> 'accredited')::boolean AS accredited,
         (a.body ->> 'sampledAt')::timestamptz::date AS sampled_on,
         (a.body #>> '{leadIsotopes,pb206_204}')::numeric AS x,
         (a.body #>> '{leadIsotopes,pb207_204}')::numeric AS y,
         (a.body #>> '{leadIsotopes,pb208_204}')::numeric AS z,
         (SELECT (c ->> 'value')::numeric / CASE c ->> 'unit' WHEN '%' THEN 100 ELSE 1000000 END
          FROM jsonb_array_elements(a.body -> 'contents') c WHERE c ->> 'element' = 'AU' LIMIT 1) AS au
  FROM assay a
  JOIN source_file f ON f.id = a.source_file_id
  WHERE a.lot_reference IS NOT NULL AND a.body -> 'leadIsotopes' IS NOT NULL
),
rights AS (
  SELECT DISTINCT ON (id) id, country, holders,
         concat_ws(' / ', body #>> '{adminArea,locality}', body #>> '{adminArea,subregion}',
                   body #>> '{adminArea,region}', country) AS district,
         concat_ws(' / ', body #>> '{adminArea,region}', country) AS region
  FROM mining_right
  WHERE body #>> '{adminArea,subregion}' IS NOT NULL OR body #>> '{adminArea,locality}' IS NOT NULL
  ORDER BY id, layout
),
-- Candidate links are kept narrow: a receipt number can match hundreds of lots.
candidates AS (
  SELECT a.id, a.layout, t.id AS lot_id, t.layout AS lot_layout,
         coalesce(abs(coalesce((t.body ->> 'fineness')::numeric, t.fine_mass_kg / nullif(t.gross_mass_kg, 0)) - a.au)
                  <= $5::numeric, false) AS agrees
  FROM assays a
  JOIN mineral_transaction t ON t.body ->> 'document' = a.lot_reference AND t.country IS NOT DISTINCT FROM a.country
   AND t.date BETWEEN a.sampled_on - 45 AND a.sampled_on + 45
  WHERE t.metal = 'AU' AND t.origin_right IS NOT NULL
),
linked AS (
  SELECT c.*, count(*) OVER (PARTITION BY c.id, c.layout) AS matches,
         count(*) FILTER (WHERE c.agrees) OVER (PARTITION BY c.id, c.layout) AS agreeing
  FROM candidates c
),
-- Every lot the assay may belong to; only unambiguous links teach a district its fingerprint.
lots AS MATERIALIZED (
  SELECT a.*, k.lot_id, k.lot_layout, t.row_number AS lot_row, t.source_file_id AS lot_file, t.date, t.seller,
         t.origin_right, r.district, r.region, r.country AS right_country, r.holders,
         k.matches = 1 OR (k.agrees AND k.agreeing = 1) AS sure,
         a.accredited AND (k.matches = 1 OR (k.agrees AND k.agreeing = 1))
           AND NOT t.origin_right = ANY($6::text[]) AS trusted,
         count(*) OVER (PARTITION BY k.id, k.layout) AS kept
  FROM linked k
  JOIN assays a ON a.id = k.id AND a.layout = k.layout
  JOIN mineral_transaction t ON t.layout = k.lot_layout AND t.id = k.lot_id
  JOIN rights r ON r.id = t.origin_right
  WHERE k.matches = 1 OR k.agrees
),
-- Sums of the trusted lots per district and per right within it.
sums AS MATERIALIZED (
  SELECT district, min(right_country) AS country, min(region) AS region, origin_right, count(*) AS n,
         sum(x) AS sx, sum(y) AS sy, sum(z) AS sz,
         sum(x * x) AS sxx, sum(y * y) AS syy, sum(z * z) AS szz,
         sum(x * y) AS sxy, sum(x * z) AS sxz, sum(y * z) AS syz
  FROM lots
  WHERE trusted
  GROUP BY GROUPING SETS ((district, origin_right), (district))
),
-- A right's yardstick is its district's sums less its own, thin below $2 lots; whole districts of $2
-- lots or more (no right) are well-measured districts: they judge a thin district of their region and
-- name the nearest one.
refs AS MATERIALIZED (
  SELECT k.origin_right, d.district, d.country, d.region, d.n - coalesce(o.n, 0) AS n, d.n - coalesce(o.n, 0) < $2::int AS thin,
         d.sx - coalesce(o.sx, 0) AS sx, d.sy - coalesce(o.sy, 0) AS sy, d.sz - coalesce(o.sz, 0) AS sz,
         d.sxx - coalesce(o.sxx, 0) AS sxx, d.syy - coalesce(o.syy, 0) AS syy, d.szz - coalesce(o.szz, 0) AS szz,
         d.sxy - coalesce(o.sxy, 0) AS sxy, d.sxz - coalesce(o.sxz, 0) AS sxz, d.syz - coalesce(o.syz, 0) AS syz
  FROM (SELECT DISTINCT origin_right, district FROM lots) k
  JOIN sums d ON d.district = k.district AND d.origin_right IS NULL
  LEFT JOIN sums o ON o.district = k.district AND o.origin_right = k.origin_right
  WHERE d.n - coalesce(o.n, 0) >= 1
  UNION ALL
  SELECT NULL, district, country, region, n, false, sx, sy, sz, sxx, syy, szz, sxy, sxz, syz
  FROM sums
  WHERE origin_right IS NULL AND n >= $2::int
),
-- The lot-to-lot scatter of one deposit, pooled over rights, is learnt only from lots near their
-- right's median: a right selling two deposits' gold, the very scheme sought, would otherwise teach a
-- scatter spanning districts and let a neighbouring district's gold pass. "Near" is measured by a
-- robust scale per ratio, the median absolute difference between two lots of one right (1.4826 / √2 times it
-- estimates a normal deviation, whatever the number of lots per right), which a few such rights
-- cannot move.
right_lots AS MATERIALIZED (
  SELECT id, layout, district, origin_right, x, y, z FROM lots WHERE trusted
),
spread AS MATERIALIZED (
  SELECT 1.4826 / sqrt(2) * percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(a.x - b.x)) AS sx,
         1.4826 / sqrt(2) * percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(a.y - b.y)) AS sy,
         1.4826 / sqrt(2) * percentile_cont(0.5) WITHIN GROUP (ORDER BY abs(a.z - b.z)) AS sz
  FROM right_lots a
  JOIN right_lots b ON b.district = a.district AND b.origin_right = a.origin_right AND (b.id, b.layout) > (a.id, a.layout)
),
centres AS MATERIALIZED (
  SELECT district, origin_right, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS mx,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY y) AS my, percentile_cont(0.5) WITHIN GROUP (ORDER BY z) AS mz
  FROM right_lots
  GROUP BY district, origin_right
  HAVING count(*) >= 2
),
deviations AS (
  SELECT l.*, l.x - c.mx::numeric AS dx, l.y - c.my::numeric AS dy, l.z - c.mz::numeric AS dz
  FROM right_lots l
  JOIN centres c ON c.district = l.district AND c.origin_right = l.origin_right
),
steady AS (
  SELECT d.district, d.origin_right, count(*) AS n, sum(x) AS sx, sum(y) AS sy, sum(z) AS sz,
         sum(x * x) AS sxx, sum(y * y) AS syy, sum(z * z) AS szz,
         sum(x * y) AS sxy, sum(x * z) AS sxz, sum(y * z) AS syz
  FROM deviations d
  CROSS JOIN spread s
  WHERE s.sx > 0 AND s.sy > 0 AND s.sz > 0
    AND (d.dx / s.sx::numeric) ^ 2 + (d.dy / s.sy::numeric) ^ 2 + (d.dz / s.sz::numeric) ^ 2 <= $1::numeric ^ 2
  GROUP BY d.district, d.origin_right
),
pooled AS MATERIALIZED (
  SELECT sum(sxx - sx * sx / n) / sum(n - 1) AS pxx, sum(syy - sy * sy / n) / sum(n - 1) AS pyy,
         sum(szz - sz * sz / n) / sum(n - 1) AS pzz, sum(sxy - sx * sy / n) / sum(n - 1) AS pxy,
         sum(sxz - sx * sz / n) / sum(n - 1) AS pxz, sum(syz - sy * sz / n) / sum(n - 1) AS pyz
  FROM steady
  WHERE n >= 2
  HAVING sum(n - 1) > 0
),
models AS (
  SELECT r.*, sx / n AS mx, sy / n AS my, sz / n AS mz, (1 + 1.0 / n) / (n - 1 + $4::numeric) AS k,
         sxx - sx * sx / n + $4::numeric * pxx AS qxx, syy - sy * sy / n + $4::numeric * pyy AS qyy,
         szz - sz * sz / n + $4::numeric * pzz AS qzz, sxy - sx * sy / n + $4::numeric * pxy AS qxy,
         sxz - sx * sz / n + $4::numeric * pxz AS qxz, syz - sy * sz / n + $4::numeric * pyz AS qyz
  FROM refs r
  CROSS JOIN pooled
  -- One lot and no pooled weight estimate no covariance: that yardstick gives no model, as a
  -- singular covariance does.
  WHERE r.n - 1 + $4::numeric > 0
),
-- The predictive covariance of a new lot: the shrunk covariance widened by the uncertainty of the centre.
predictive AS (
  SELECT m.*, k * qxx AS cxx, k * qyy AS cyy, k * qzz AS czz, k * qxy AS cxy, k * qxz AS cxz, k * qyz AS cyz
  FROM models m
),
-- The inverse covariance by its adjugate; a singular covariance gives no model.
inverses AS MATERIALIZED (
  SELECT m.origin_right, m.district, m.country, m.region, m.n, m.thin, m.mx, m.my, m.mz,
         (cyy * czz - cyz * cyz) / det AS ixx, (cxx * czz - cxz * cxz) / det AS iyy,
         (cxx * cyy - cxy * cxy) / det AS izz, (cxz * cyz - cxy * czz) / det AS ixy,
         (cxy * cyz - cxz * cyy) / det AS ixz, (cxy * cxz - cxx * cyz) / det AS iyz
  FROM predictive m
  CROSS JOIN LATERAL (
    SELECT cxx * (cyy * czz - cyz * cyz) - cxy * (cxy * czz - cyz * cxz) + cxz * (cxy * cyz - cyy * cxz) AS det
  ) d
  WHERE det > 0
),
-- Each lot's distance to its right's yardstick; a lot that fails it, also to every well-measured
-- district (to judge a thin district by its region, and to name the nearest district). Only failing
-- lots meet every district: lots times districts would not scale.
own AS MATERIALIZED (
  SELECT l.id, l.layout, l.lot_id, l.lot_layout, l.x, l.y, l.z, l.district AS lot_district, m.origin_right,
         m.district, m.country, m.region, m.n, m.thin,
         sqrt(greatest(0,
           (l.x - m.mx) * (l.x - m.mx) * m.ixx + (l.y - m.my) * (l.y - m.my) * m.iyy
           + (l.z - m.mz) * (l.z - m.mz) * m.izz + 2 * (l.x - m.mx) * (l.y - m.my) * m.ixy
           + 2 * (l.x - m.mx) * (l.z - m.mz) * m.ixz + 2 * (l.y - m.my) * (l.z - m.mz) * m.iyz)::double precision) AS distance
  FROM lots l
  JOIN inverses m ON m.origin_right = l.origin_right AND m.district = l.district
),
distances AS MATERIALIZED (
  SELECT id, layout, lot_id, lot_layout, origin_right, district, country, region, n, thin, distance FROM own
  UNION ALL
  SELECT o.id, o.layout, o.lot_id, o.lot_layout, m.origin_right, m.district, m.country, m.region, m.n, m.thin,
         sqrt(greatest(0,
           (o.x - m.mx) * (o.x - m.mx) * m.ixx + (o.y - m.my) * (o.y - m.my) * m.iyy
           + (o.z - m.mz) * (o.z - m.mz) * m.izz + 2 * (o.x - m.mx) * (o.y - m.my) * m.ixy
           + 2 * (o.x - m.mx) * (o.z - m.mz) * m.ixz + 2 * (o.y - m.my) * (o.z - m.mz) * m.iyz)::double precision)
  FROM own o
  JOIN inverses m ON m.origin_right IS NULL AND m.district <> o.lot_district
  WHERE o.distance > $1::numeric
),
-- A lot of a thin district is explained by any well-measured district of its region (department,
-- province): its few lots may not show the whole belt it lies in, but another region's gold is the
-- scheme itself (Madre de Dios gold sold through Puno rights).
region_fits AS MATERIALIZED (
  SELECT DISTINCT o.id, o.layout, o.lot_id, o.lot_layout
  FROM own o
  JOIN distances c ON c.id = o.id AND c.layout = o.layout AND c.lot_id = o.lot_id AND c.lot_layout = o.lot_layout
   AND c.origin_right IS NULL AND c.region = o.region AND c.distance <= $1::numeric
  WHERE o.thin
),
far AS MATERIALIZED (
  SELECT l.*, h.n AS trusted_lots, h.thin, h.distance,
         h.distance <= $1::numeric OR r.id IS NOT NULL AS fitting
  FROM lots l
  JOIN own h ON h.id = l.id AND h.layout = l.layout AND h.lot_id = l.lot_id AND h.lot_layout = l.lot_layout
   AND h.origin_right = l.origin_right
  LEFT JOIN region_fits r ON r.id = l.id AND r.layout = l.layout AND r.lot_id = l.lot_id AND r.lot_layout = l.lot_layout
),
-- An assay that fits the district of any lot it may belong to blames none of them; one that may
-- belong to a right the first pass found is that right's, and blames no other.
unexplained AS (
  SELECT * FROM (
    SELECT f.*, count(*) OVER (PARTITION BY f.id, f.layout) AS modelled,
           bool_or(f.fitting) OVER (PARTITION BY f.id, f.layout) AS fits,
           f.origin_right = ANY($6::text[]) AS found,
           bool_or(f.origin_right = ANY($6::text[])) OVER (PARTITION BY f.id, f.layout) AS claimed
    FROM far f
  ) w
  WHERE NOT fits AND modelled = kept AND (found OR NOT claimed)
),
judged AS (
  SELECT f.*, near.district AS nearest_district, near.country AS nearest_country,
         near.distance AS nearest_distance, lf.name AS lot_file_name
  FROM unexplained f
  JOIN source_file lf ON lf.id = f.lot_file
  LEFT JOIN LATERAL (
    SELECT c.district, c.country, c.distance
    FROM distances c
    WHERE c.id = f.id AND c.layout = f.layout AND c.lot_id = f.lot_id AND c.lot_layout = f.lot_layout
      AND c.origin_right IS NULL
    ORDER BY c.distance
    LIMIT 1
  ) near ON true
)
SELECT origin_right, min(right_country) AS country, min(district) AS district, min(region) AS region, (SELECT r.holders FROM rights r WHERE r.id = j.origin_right) AS holders,
       min(trusted_lots)::int AS trusted_lots, bool_or(thin) AS thin,
       date_trunc('month', min(date))::date AS period_start,
       (date_trunc('month', max(date)) + interval '1 month' - interval '1 day')::date AS period_end,
       count(*)::int AS failing_lots, count(*) FILTER (WHERE sure)::int AS sure_failing_lots,
       sum(1.0 / kept) AS expected_failing_lots,
       (SELECT count(*) FROM lots a WHERE a.origin_right = j.origin_right)::int AS assayed_lots,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY distance) AS median_distance,
       mode() WITHIN GROUP (ORDER BY nearest_district) AS nearest_district,
       mode() WITHIN GROUP (ORDER BY nearest_country) AS nearest_country,
       jsonb_agg(jsonb_build_object('id', lot_id, 'layout', lot_layout, 'file', lot_file_name, 'row', lot_row,
                                    'date', date, 'seller', seller, 'mahalanobis', round(distance::numeric, 2),
                                    'nearestDistrict', nearest_district,
                                    'nearestMahalanobis', round(nearest_distance::numeric, 2))
                 ORDER BY date, lot_id) AS lot_evidence,
       jsonb_agg(jsonb_build_object('id', id, 'layout', layout, 'file', file, 'row', row_number, 'lab', lab,
                                    'pb206_204', x, 'pb207_204', y, 'pb208_204', z) ORDER BY date, lot_id) AS assay_evidence
FROM judged j
GROUP BY origin_right
-- An assay that may belong to k lots counts 1/k for each: the lots the right is expected to have sold.
HAVING sum(1.0 / kept) >= $3::numeric
ORDER BY origin_right
