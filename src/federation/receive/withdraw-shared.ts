import type { Withdrawal } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { RECORD_TABLES } from '../../store/records/record-tables.js';

/**
 * Withdraws at the receiver what a node shared of a record type and may no longer share: every
 * record and total of it, or only some fields of each record (its typed columns recomputed).
 */
export async function withdrawShared(
  tx: Queryable,
  fromNode: string,
  withdrawal: Withdrawal,
): Promise<number> {
  const { table, columns } = RECORD_TABLES[withdrawal.recordType];
  const fromNodeBatches = `SELECT b.id FROM ingest_batch b JOIN federation_envelope e ON e.id = b.envelope_id WHERE e.from_node = $1`;
  if (withdrawal.withdraw === 'all') {
    const totals = await tx.query(
      'DELETE FROM shared_aggregate WHERE from_node = $1 AND record_type = $2 RETURNING 1',
      [fromNode, withdrawal.recordType],
    );
    const records = await tx.query(
      `DELETE FROM ${table} WHERE batch_id IN (${fromNodeBatches}) RETURNING 1`,
      [fromNode],
    );
    return totals.length + records.length;
  }
  // Every field path as a jsonb path, removed from each body in turn; the source row goes too,
  // since it holds every column.
  const paths = withdrawal.withdraw.fields.map((field) => field.split('.'));
  const stripped = paths.reduce(
    (expression, _, index) => `(${expression}) #- $${String(index + 2)}::text[]`,
    'body',
  );
  const names = Object.keys(columns);
  const updated = await tx.query(
    `UPDATE ${table} t SET body = x.b, raw = '{}'::jsonb, ${names.map((name) => `${name} = x.${name}`).join(', ')}
     FROM (SELECT layout, id, b, ${names.map((name) => `${columns[name] ?? 'NULL'} AS ${name}`).join(', ')}
           FROM (SELECT layout, id, ${stripped} AS b FROM ${table} WHERE batch_id IN (${fromNodeBatches}) OFFSET 0) s) x
     WHERE t.layout = x.layout AND t.id = x.id RETURNING 1`,
    [fromNode, ...paths],
  );
  return updated.length;
}
