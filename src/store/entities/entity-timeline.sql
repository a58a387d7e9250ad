-- What an entity's parties declared, bought, sold, exported and imported, by date, from the records
-- the user may see. Fine gold in kg where known; US dollars as declared (a price in dollars, or
-- converted at the record's exchange rate; FOB for customs) or else the fine gold at the month's
-- reference price, `usd_basis` saying which. Counterparties are named by their visible records.
-- $1 the parties' canonical ids, $2 first day or NULL, $3 last day or NULL, $4 limit, $5 offset.
WITH events AS (
  SELECT 'PRODUCTION' AS kind, d.period_start AS date, d.period_end, d.layout, d.id, d.row_number,
         d.source_file_id, d.country, d.metal, CASE WHEN d.quantity_is_fine THEN d.quantity_kg END AS fine_kg,
         d.quantity_kg AS mass_kg, d.declared_usd::numeric AS declared_usd,
         NULL::text AS counterparty, NULL::text AS counterparty_country, d.mining_right AS mining_right
  FROM production_declaration d
  WHERE d.declarant = ANY ($1::text[]) AND {scope:d.country}
    AND ($2::date IS NULL OR d.period_end >= $2::date) AND ($3::date IS NULL OR d.period_start <= $3::date)
  UNION ALL
  SELECT CASE WHEN t.buyer = ANY ($1::text[]) THEN 'PURCHASE' ELSE 'SALE' END, t.date, NULL, t.layout, t.id,
         t.row_number, t.source_file_id, t.country, t.metal, t.fine_mass_kg, t.gross_mass_kg, t.declared_usd,
         CASE WHEN t.buyer = ANY ($1::text[]) THEN t.seller ELSE t.buyer END, NULL, t.origin_right
  FROM mineral_transaction t
  WHERE (t.buyer = ANY ($1::text[]) OR t.seller = ANY ($1::text[])) AND {scope:t.country}
    AND ($2::date IS NULL OR t.date >= $2::date) AND ($3::date IS NULL OR t.date <= $3::date)
  UNION ALL
  SELECT c.flow, c.date, NULL, c.layout, c.id, c.row_number, c.source_file_id, c.country,
         CASE WHEN c.hs_code LIKE '7108%' THEN 'AU' END, c.fine_mass_kg, c.net_mass_kg, c.fob_usd, NULL,
         c.partner_country, NULL
  FROM customs_declaration c
  WHERE c.declarant = ANY ($1::text[]) AND {scope:c.country}
    AND ($2::date IS NULL OR c.date >= $2::date) AND ($3::date IS NULL OR c.date <= $3::date)
),
page AS (
  SELECT * FROM events ORDER BY date, kind, layout, id LIMIT $4 OFFSET $5
)
SELECT (SELECT count(*)::int FROM events) AS total,
       coalesce(jsonb_agg(jsonb_build_object(
         'kind', e.kind, 'date', e.date, 'periodEnd', e.period_end, 'layout', e.layout, 'recordId', e.id,
         'file', f.name, 'row', e.row_number, 'country', e.country, 'metal', e.metal,
         'fineKg', e.fine_kg, 'massKg', e.mass_kg,
         'usd', coalesce(e.declared_usd, e.fine_kg * g.usd_per_kg),
         'usdBasis', CASE WHEN e.declared_usd IS NOT NULL THEN 'declared'
                          WHEN e.fine_kg IS NOT NULL AND g.usd_per_kg IS NOT NULL THEN 'reference' END,
         'counterparty', e.counterparty, 'counterpartyEntity', ce.entity_id, 'counterpartyName', cn.name,
         'counterpartyCountry', e.counterparty_country, 'miningRight', e.mining_right)
         ORDER BY e.date, e.kind, e.layout, e.id) FILTER (WHERE e.id IS NOT NULL), '[]'::jsonb) AS items
FROM (SELECT 1) AS one
LEFT JOIN page e ON true
LEFT JOIN source_file f ON f.id = e.source_file_id
LEFT JOIN gold_usd_per_kg g ON g.month = date_trunc('month', e.date)::date
LEFT JOIN LATERAL (SELECT min(m.entity_id) AS entity_id FROM entity_member m WHERE m.record_id = e.counterparty) ce ON true
-- A counterparty's name as its visible records write it most (ties: the fullest), as entities are named.
LEFT JOIN LATERAL (SELECT p.name FROM party p WHERE p.id = e.counterparty AND {scope:p.country}
                   GROUP BY p.name ORDER BY count(*) DESC, length(p.name) DESC, p.name LIMIT 1) cn ON true
