import {
  aggregateRecords,
  type AggregateClause,
  type Aggregation,
  type RecordTypeName,
  type StandardRecord,
} from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { RECORD_TABLES } from '../../store/records/record-tables.js';
import { storedRecords } from './stored-records.js';

/** The monthly totals of a record type under an aggregate clause, and how many records they total. */
export interface StoredTotals {
  aggregation: Aggregation;
  records: number;
}

/**
 * Totals every stored record of a type under `clause`. Totals read only the fields the clause
 * names, so only those leave the database: a register of hundreds of thousands of records is a few
 * values per record, not its every body. A field outside the stored body (the provenance, the
 * flags) has the records read whole.
 */
export async function aggregateStored(
  db: Queryable,
  recordType: RecordTypeName,
  clause: AggregateClause,
  onRecords?: (read: number) => void,
): Promise<StoredTotals> {
  const { by, measures, date } = clause.aggregate;
  // Each path's first name: the records are cut down to these, and the clause reads its paths
  // inside them exactly as it would inside the whole record.
  const fields = [...new Set([date, ...by, ...measures].map((path) => path.split('.')[0] ?? path))];
  let records: StandardRecord[] = [];
  if (fields.some((field) => field === 'provenance' || field === 'flags'))
    for await (const page of storedRecords(db, recordType, 'all', undefined, false)) {
      records = records.concat(page.records);
      onRecords?.(page.records.length);
    }
  else {
    records = await fieldValues(db, recordType, fields);
    onRecords?.(records.length);
  }
  return { aggregation: aggregateRecords(records, recordType, clause), records: records.length };
}

// One sequential pass over the table: totals need no order, and paging in key order read a large
// table in index order, block by block, several times slower. What is held is a few values per
// record, less than the whole records the pages held before.
async function fieldValues(
  db: Queryable,
  recordType: RecordTypeName,
  fields: readonly string[],
): Promise<StandardRecord[]> {
  const table = RECORD_TABLES[recordType].table;
  const values = fields.map((_, i) => `body -> $${String(i + 1)}::text`).join(', ');
  const rows = await db.query<{ v: unknown[] }>(
    `SELECT jsonb_build_array(body -> 'recordType', ${values}) AS v FROM ${table}`,
    fields,
  );
  return rows.map(({ v }) => {
    const [type, ...picked] = v;
    const record: Record<string, unknown> = { recordType: type };
    // A field the record lacks comes back null: to totals, a null and an absent field are alike.
    fields.forEach((field, i) => {
      if (picked[i] !== null) record[field] = picked[i];
    });
    return record as unknown as StandardRecord;
  });
}
