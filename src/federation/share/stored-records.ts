import type { RecordTypeName, StandardRecord } from '@veta/standard';
import type { Queryable } from '../../store/engine/database.js';
import { RECORD_TABLES } from '../../store/records/record-tables.js';

interface StoredRow {
  id: string;
  layout: string;
  row_number: number;
  batch_id: string;
  body: Record<string, unknown>;
  flags: unknown[];
  raw: Record<string, unknown>;
  file_name: string;
  sha256: string;
}

/** A page of stored records, whole again: the body with its provenance and flags put back. */
export interface RecordPage {
  records: StandardRecord[];
}

/**
 * The records of a type loaded by the given ingest batches, a page at a time in key order, so the
 * largest register is read in bounded memory.
 */
export async function* storedRecords(
  db: Queryable,
  recordType: RecordTypeName,
  batches: readonly number[] | 'all',
  pageSize = 2000,
  withRaw = true,
): AsyncGenerator<RecordPage> {
  if (batches !== 'all' && batches.length === 0) return;
  const table = RECORD_TABLES[recordType].table;
  let after: { layout: string; id: string } | null = null;
  for (;;) {
    const rows: StoredRow[] = await db.query<StoredRow>(
      // The source row is the widest column and only a full share sends it: others leave it here.
      `SELECT t.id, t.layout, t.row_number, t.batch_id::text AS batch_id, t.body, t.flags,
              ${withRaw ? 't.raw' : `'{}'::jsonb AS raw`},
              f.name AS file_name, f.sha256
       FROM ${table} t JOIN source_file f ON f.id = t.source_file_id
       WHERE ($1::bigint[] IS NULL OR t.batch_id = ANY($1::bigint[])) AND ($2::text IS NULL OR (t.layout, t.id) > ($2, $3::text))
       ORDER BY t.layout, t.id
       LIMIT $4`,
      [batches === 'all' ? null : batches, after?.layout ?? null, after?.id ?? null, pageSize],
    );
    if (rows.length === 0) return;
    yield { records: rows.map(wholeRecord) };
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < pageSize) return;
    after = { layout: last.layout, id: last.id };
  }
}

function wholeRecord(row: StoredRow): StandardRecord {
  // The stored body is the record less its provenance and flags, which columns hold beside it.
  return {
    ...row.body,
    provenance: {
      sourceFile: { name: row.file_name, sha256: row.sha256 },
      layout: row.layout,
      row: row.row_number,
      batchId: row.batch_id,
      raw: row.raw,
    },
    flags: row.flags,
  } as unknown as StandardRecord;
}
