-- Mirror pairs: every export a country reports to a partner, beside every import that partner
-- reports from it, for the same commodity and period. CIF values are brought to FOB by the factor
-- ($1 for all goods, $2 for gold, HS 7108); values already on an FOB basis are compared as they are.
SELECT
  x.id AS export_id, x.layout AS export_layout, x.row_number AS export_row, xf.name AS export_file,
  m.id AS import_id, m.layout AS import_layout, m.row_number AS import_row, mf.name AS import_file,
  x.reporter AS exporter, x.partner AS importer, x.hs_code, x.period_start, x.period_end,
  x.value_usd AS exports_fob,
  m.value_usd AS imports_reported,
  m.body->>'valuationBasis' AS import_basis,
  CASE WHEN m.body->>'valuationBasis' = 'CIF'
       THEN m.value_usd / (CASE WHEN x.hs_code LIKE '7108%' THEN $2::numeric ELSE $1::numeric END)
       ELSE m.value_usd END AS imports_fob
FROM trade_statistic x
JOIN trade_statistic m
  ON m.flow = 'IMPORT' AND m.reporter = x.partner AND m.partner = x.reporter
 AND m.hs_code = x.hs_code AND m.period_start = x.period_start AND m.period_end = x.period_end
JOIN source_file xf ON xf.id = x.source_file_id
JOIN source_file mf ON mf.id = m.source_file_id
WHERE x.flow = 'EXPORT'
ORDER BY x.reporter, x.partner, x.hs_code, x.period_start, x.id, m.id
