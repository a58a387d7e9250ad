-- Gold lots whose lead-isotope ratios (206/204, 207/204, 208/204) lie far, in Mahalanobis distance,
-- from the lots of the district their declared origin right lies in. A right cannot vouch for itself:
-- each right is judged against the trusted lots (accredited labs) of its district's other rights.
-- Few districts have many assayed lots, so a district's covariance is shrunk towards the pooled
-- within-right covariance (lot-to-lot scatter of one deposit, which a right selling another
-- district's gold does not inflate) with the weight of $4 lots.
-- A lot is a gold purchase naming an origin right. Receipt numbers repeat across buyers, so an assay
-- links to the purchase of the same country dated within 45 days of sampling when it is the only
-- one, or the only one whose declared fineness agrees with the assayed gold within $5.
-- An assay far from the districts of all the lots it may belong to counts against each of them.
-- $1 maxMahalanobis, $2 minTrustedLots, $3 minFailingLots, $4 pooledWeightLots, $5 linkFinenessTolerance.
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
                   body #>> '{adminArea,region}', country) AS district
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
         t.origin_right, r.district, r.country AS right_country, r.holders,
         k.matches = 1 OR (k.agrees AND k.agreeing = 1) AS sure,
         count(*) OVER (PARTITION BY k.id, k.layout) AS kept
  FROM linked k
  JOIN assays a ON a.id = k.id AND a.layout = k.layout
  JOIN mineral_transaction t ON t.layout = k.lot_layout AND t.id = k.lot_id
  JOIN rights r ON r.id = t.origin_right
  WHERE k.matches = 1 OR k.agrees
),
-- Sums of the trusted lots per district and per right within it.
sums AS MATERIALIZED (
  SELECT district, min(right_country) AS country, origin_right, count(*) AS n,
         sum(x) AS sx, sum(y) AS sy, sum(z) AS sz,
         sum(x * x) AS sxx, sum(y * y) AS syy, sum(z * z) AS szz,
         sum(x * y) AS sxy, sum(x * z) AS sxz, sum(y * z) AS syz
  FROM lots
  WHERE accredited AND sure
  GROUP BY GROUPING SETS ((district, origin_right), (district))
),
-- A right's yardstick is its district's sums less its own; whole districts (no right) serve to name
-- the district a far lot lies nearest to.
refs AS MATERIALIZED (
  SELECT k.origin_right, d.district, d.country, d.n - coalesce(o.n, 0) AS n,
         d.sx - coalesce(o.sx, 0) AS sx, d.sy - coalesce(o.sy, 0) AS sy, d.sz - coalesce(o.sz, 0) AS sz,
         d.sxx - coalesce(o.sxx, 0) AS sxx, d.syy - coalesce(o.syy, 0) AS syy, d.szz - coalesce(o.szz, 0) AS szz,
         d.sxy - coalesce(o.sxy, 0) AS sxy, d.sxz - coalesce(o.sxz, 0) AS sxz, d.syz - coalesce(o.syz, 0) AS syz
  FROM (SELECT DISTINCT origin_right, district FROM lots) k
  JOIN sums d ON d.district = k.district AND d.origin_right IS NULL
  LEFT JOIN sums o ON o.district = k.district AND o.origin_right = k.origin_right
  WHERE d.n - coalesce(o.n, 0) >= $2::int
  UNION ALL
  SELECT NULL, district, country, n, sx, sy, sz, sxx, syy, szz, sxy, sxz, syz
  FROM sums
  WHERE origin_right IS NULL AND n >= $2::int
),
pooled AS (
  SELECT sum(sxx - sx * sx / n) / sum(n - 1) AS pxx, sum(syy - sy * sy / n) / sum(n - 1) AS pyy,
         sum(szz - sz * sz / n) / sum(n - 1) AS pzz, sum(sxy - sx * sy / n) / sum(n - 1) AS pxy,
         sum(sxz - sx * sz / n) / sum(n - 1) AS pxz, sum(syz - sy * sz / n) / sum(n - 1) AS pyz
  FROM sums
  WHERE origin_right IS NOT NULL AND n >= 2
  HAVING sum(n - 1) > 0
),
models AS (
  SELECT r.*, sx / n AS mx, sy / n AS my, sz / n AS mz,
         (sxx - sx * sx / n + $4::numeric * pxx) / (n - 1 + $4::numeric) AS cxx,
         (syy - sy * sy / n + $4::numeric * pyy) / (n - 1 + $4::numeric) AS cyy,
         (szz - sz * sz / n + $4::numeric * pzz) / (n - 1 + $4::numeric) AS czz,
         (sxy - sx * sy / n + $4::numeric * pxy) / (n - 1 + $4::numeric) AS cxy,
         (sxz - sx * sz / n + $4::numeric * pxz) / (n - 1 + $4::numeric) AS cxz,
         (syz - sy * sz / n + $4::numeric * pyz) / (n - 1 + $4::numeric) AS cyz
  FROM refs r
  CROSS JOIN pooled
),
-- The inverse covariance by its adjugate; a singular covariance gives no model.
inverses AS MATERIALIZED (
  SELECT m.origin_right, m.district, m.country, m.n, m.mx, m.my, m.mz,
         (cyy * czz - cyz * cyz) / det AS ixx, (cxx * czz - cxz * cxz) / det AS iyy,
         (cxx * cyy - cxy * cxy) / det AS izz, (cxz * cyz - cxy * czz) / det AS ixy,
         (cxy * cyz - cxz * cyy) / det AS ixz, (cxy * cxz - cxx * cyz) / det AS iyz
  FROM models m
  CROSS JOIN LATERAL (
    SELECT cxx * (cyy * czz - cyz * cyz) - cxy * (cxy * czz - cyz * cxz) + cxz * (cxy * cyz - cyy * cxz) AS det
  ) d
  WHERE det > 0
),
far AS MATERIALIZED (
  SELECT l.*, m.n AS trusted_lots, sqrt(greatest(0,
           (l.x - m.mx) * (l.x - m.mx) * m.ixx + (l.y - m.my) * (l.y - m.my) * m.iyy
           + (l.z - m.mz) * (l.z - m.mz) * m.izz + 2 * (l.x - m.mx) * (l.y - m.my) * m.ixy
           + 2 * (l.x - m.mx) * (l.z - m.mz) * m.ixz + 2 * (l.y - m.my) * (l.z - m.mz) * m.iyz)::double precision) AS distance
  FROM lots l
  JOIN inverses m ON m.origin_right = l.origin_right AND m.district = l.district
),
-- An assay that fits the district of any lot it may belong to blames none of them.
unexplained AS (
  SELECT * FROM (
    SELECT f.*, count(*) OVER (PARTITION BY f.id, f.layout) AS modelled,
           bool_or(f.distance <= $1::numeric) OVER (PARTITION BY f.id, f.layout) AS fits
    FROM far f
  ) w
  WHERE NOT fits AND modelled = kept
),
judged AS (
  SELECT f.*, near.district AS nearest_district, near.country AS nearest_country,
         near.distance AS nearest_distance, lf.name AS lot_file_name
  FROM unexplained f
  JOIN source_file lf ON lf.id = f.lot_file
  LEFT JOIN LATERAL (
    SELECT m.district, m.country, sqrt(greatest(0,
           (f.x - m.mx) * (f.x - m.mx) * m.ixx + (f.y - m.my) * (f.y - m.my) * m.iyy
           + (f.z - m.mz) * (f.z - m.mz) * m.izz + 2 * (f.x - m.mx) * (f.y - m.my) * m.ixy
           + 2 * (f.x - m.mx) * (f.z - m.mz) * m.ixz + 2 * (f.y - m.my) * (f.z - m.mz) * m.iyz)::double precision) AS distance
    FROM inverses m
    WHERE m.origin_right IS NULL AND m.district <> f.district
    ORDER BY 3
    LIMIT 1
  ) near ON true
)
SELECT origin_right, min(right_country) AS country, min(district) AS district, (SELECT r.holders FROM rights r WHERE r.id = j.origin_right) AS holders,
       min(trusted_lots)::int AS trusted_lots,
       date_trunc('month', min(date))::date AS period_start,
       (date_trunc('month', max(date)) + interval '1 month' - interval '1 day')::date AS period_end,
       count(*)::int AS failing_lots, sum(1.0 / kept) AS expected_failing_lots,
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
