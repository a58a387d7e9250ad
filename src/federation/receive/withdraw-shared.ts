import type { Withdrawal } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { RECORD_TABLES } from '../../store/records/record-tables.js';

/**
 * Withdraws at the receiver what a node shared of a record type under one agreement (whatever its
 * version) and may no longer share: every record and total of it, or only some fields of each
 * record (its typed columns recomputed). What the node shared under its other agreements stays.
 */
export async function withdrawShared(
  tx: Queryable,
  fromNode: string,
  agreementId: string,
  withdrawal: Withdrawal,
): Promise<number> {
  const { table, columns } = RECORD_TABLES[withdrawal.recordType];
  // $1 is always the node and $2 the agreement.
  const agreementBatches = `SELECT b.id FROM ingest_batch b
    JOIN federation_envelope e ON e.from_node = b.envelope_from AND e.id = b.envelope_id
    WHERE b.envelope_from = $1 AND e.agreement_id = $2`;
  if (withdrawal.withdraw === 'all' || withdrawal.withdraw.fields.includes('provenance.sourceFile.name'))
    await forgetFileNames(tx, fromNode, agreementId, table, agreementBatches);
  if (withdrawal.withdraw === 'all') {
    const totals = await tx.query(
      'DELETE FROM shared_aggregate WHERE from_node = $1 AND agreement_id = $2 AND record_type = $3 RETURNING 1',
      [fromNode, agreementId, withdrawal.recordType],
    );
    const records = await tx.query(
      `DELETE FROM ${table} WHERE batch_id IN (${agreementBatches}) RETURNING 1`,
      [fromNode, agreementId],
    );
    return totals.length + records.length;
  }
  // Every field path as a jsonb path, removed from each body in turn; the source row goes too,
  // since it holds every column.
  const paths = withdrawal.withdraw.fields.map((field) => field.split('.'));
  const stripped = paths.reduce(
    (expression, _, index) => `(${expression}) #- $${String(index + 3)}::text[]`,
    'body',
  );
  const names = Object.keys(columns);
  const updated = await tx.query(
    `UPDATE ${table} t SET body = x.b, raw = '{}'::jsonb,
       flags = CASE WHEN $${String(paths.length + 3)}::boolean THEN '[]'::jsonb ELSE t.flags END, ${names.map((name) => `${name} = x.${name}`).join(', ')}
     FROM (SELECT layout, id, b, ${names.map((name) => `${columns[name] ?? 'NULL'} AS ${name}`).join(', ')}
           FROM (SELECT layout, id, ${stripped} AS b FROM ${table} WHERE batch_id IN (${agreementBatches}) OFFSET 0) s) x
     WHERE t.layout = x.layout AND t.id = x.id RETURNING 1`,
    // Quality flags can quote the values withdrawn: they go with them.
    [fromNode, agreementId, ...paths, withdrawal.withdraw.fields.includes('flags')],
  );
  return updated.length;
}

// A file's name can name a person (an agency's "denuncia_<name>.xlsx"): once the share of a record
// type that carried it is withdrawn, the hub knows those files by their hash alone. Files behind
// the node's other record types keep the names their shares carried.
async function forgetFileNames(
  tx: Queryable,
  fromNode: string,
  agreementId: string,
  table: string,
  agreementBatches: string,
): Promise<void> {
  await tx.query(
    `UPDATE source_file f SET name = coalesce(f.layout, 'unknown') || ' file ' || left(f.sha256, 12) || ' held by ' || $1
     WHERE f.id IN (SELECT t.source_file_id FROM ${table} t WHERE t.batch_id IN (${agreementBatches}))
       AND f.name NOT LIKE '% held by %'`,
    [fromNode, agreementId],
  );
}
