-- Party references whose identifier fails its check digit: a record carries the check-digit flag
-- (ERROR or WARNING; "no check digit given" is only a note) and the flag's message quotes the
-- reference's number as a word of its own (a DNI inside a RUC does not count). Counted by the
-- records that name the party so. The jsonpath test keeps the scan cheap: most flags are notes.
WITH flagged AS (
  SELECT x.ref, f->>'message' AS message
  FROM (
    SELECT p.flags, ARRAY[p.id] AS refs FROM party p WHERE p.flags @? '$[*] ? (!(@.severity == "INFO"))'
    UNION ALL SELECT t.flags, ARRAY[t.buyer, t.seller] FROM mineral_transaction t WHERE t.flags @? '$[*] ? (!(@.severity == "INFO"))'
    UNION ALL SELECT d.flags, ARRAY[d.declarant] FROM production_declaration d WHERE d.flags @? '$[*] ? (!(@.severity == "INFO"))'
    UNION ALL SELECT c.flags, ARRAY[c.declarant] FROM customs_declaration c WHERE c.flags @? '$[*] ? (!(@.severity == "INFO"))'
    UNION ALL SELECT r.flags, r.holders FROM mining_right r WHERE r.flags @? '$[*] ? (!(@.severity == "INFO"))'
    UNION ALL SELECT g.flags, ARRAY[g.party] FROM registration g WHERE g.flags @? '$[*] ? (!(@.severity == "INFO"))'
    UNION ALL SELECT l.flags, ARRAY[l.subject, l.interested_party] FROM relationship l WHERE l.flags @? '$[*] ? (!(@.severity == "INFO"))'
    UNION ALL SELECT i.flags, ARRAY[i.recipient] FROM input_transaction i WHERE i.flags @? '$[*] ? (!(@.severity == "INFO"))'
  ) AS records
  CROSS JOIN LATERAL jsonb_array_elements(records.flags) AS f
  CROSS JOIN LATERAL unnest(records.refs) AS x (ref)
  WHERE f->>'code' ~ '_CHECK_DIGIT$' AND f->>'code' !~ '_NO_CHECK_DIGIT$'
    AND coalesce(f->>'severity', 'WARNING') <> 'INFO'
    AND x.ref ~ '^[A-Z]{2}:[A-Z]+:.+'
    AND split_part(x.ref, ':', 3) = ANY (regexp_split_to_array(f->>'message', '[^0-9A-Za-z-]+'))
)
INSERT INTO risk_failing_id (party_id, records, message)
SELECT ref, count(*)::int, min(message) FROM flagged GROUP BY ref
