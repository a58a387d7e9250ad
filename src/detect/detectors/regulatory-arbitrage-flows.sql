-- Two monthly series per country for REGULATORY_ARBITRAGE: the fine gold its buyers record buying
-- from mines (purchases naming the right of origin: first-hand gold, before any resale), and the
-- fine gold each exporter ships abroad; each with the months the country's file covers. Masses
-- without a fineness (CO-DEX exports, some purchases) take the fineness of the gold the party
-- bought, else of the gold bought in its country (country-fineness.sql), as EXPORTER_SURGE does.
WITH gold_bought AS (
  SELECT buyer, country, fine_mass_kg, gross_mass_kg
  FROM mineral_transaction
  WHERE metal = 'AU' AND fine_mass_kg IS NOT NULL AND gross_mass_kg > 0
),
bought_fineness AS (
  SELECT buyer AS party, sum(fine_mass_kg) / sum(gross_mass_kg) AS fineness FROM gold_bought GROUP BY buyer
),
country_fineness AS (/* country-fineness.sql */),
flows AS (
  SELECT 'purchase' AS kind, t.country, t.buyer AS party, t.date,
         coalesce(t.fine_mass_kg, t.gross_mass_kg * cf.fineness) AS fine_kg
  FROM mineral_transaction t
  LEFT JOIN country_fineness cf ON cf.country = t.country
  WHERE t.metal = 'AU' AND t.origin_right IS NOT NULL AND t.date IS NOT NULL AND t.country IS NOT NULL
  UNION ALL
  SELECT 'export', c.country, c.declarant, c.date,
         coalesce(c.fine_mass_kg, c.net_mass_kg * coalesce(b.fineness, cf.fineness))
  FROM customs_declaration c
  LEFT JOIN bought_fineness b ON b.party = c.declarant
  LEFT JOIN country_fineness cf ON cf.country = c.country
  WHERE c.flow = 'EXPORT' AND c.hs_code LIKE '7108%' AND c.date IS NOT NULL AND c.declarant IS NOT NULL
    AND c.country IS NOT NULL
),
coverage AS (
  SELECT kind, country, min(date_trunc('month', date))::date AS first_month,
         max(date_trunc('month', date))::date AS last_month
  FROM flows GROUP BY 1, 2
)
SELECT f.kind, f.country, f.party, to_char(date_trunc('month', f.date), 'YYYY-MM') AS month,
       sum(f.fine_kg)::float8 AS fine_kg,
       to_char(v.first_month, 'YYYY-MM') AS first_month, to_char(v.last_month, 'YYYY-MM') AS last_month
FROM flows f JOIN coverage v ON v.kind = f.kind AND v.country = f.country
WHERE f.fine_kg IS NOT NULL
GROUP BY 1, 2, 3, 4, 6, 7
ORDER BY 1, 2, 3, 4
