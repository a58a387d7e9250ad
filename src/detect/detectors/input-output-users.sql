-- Each right that declares gold or receives controlled inputs: its stratum (the cadastre's, else the
-- declared one), region (the cadastre's, else the deliveries'), country and user (declarant, else
-- recipient), once per right so the monthly rows stay narrow.
WITH declared AS (
  SELECT mining_right AS right_id, min(declarant) AS declarant, min(body #>> '{stratum,code}') AS stratum
  FROM production_declaration
  WHERE metal = 'AU' AND mining_right IS NOT NULL
  GROUP BY mining_right
),
received AS (
  SELECT destination_right AS right_id, min(recipient) AS recipient,
         min(body #>> '{adminArea,region}') AS region
  FROM input_transaction
  WHERE destination_right IS NOT NULL
  GROUP BY destination_right
)
SELECT coalesce(d.right_id, i.right_id) AS right_id, coalesce(m.stratum, d.stratum) AS stratum,
       coalesce(m.body #>> '{adminArea,region}', i.region) AS region, m.country,
       coalesce(d.declarant, i.recipient) AS user_id
FROM declared d
FULL JOIN received i ON i.right_id = d.right_id
LEFT JOIN mining_right m ON m.id = coalesce(d.right_id, i.right_id)
