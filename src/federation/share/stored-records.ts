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
  /** The highest ingest batch among them: how far a share that sends them has got. */
  lastBatchId: number;
}

/**
 * The records of a type loaded after batch `afterBatch`, a page at a time in key order, so the
 * largest register is read in bounded memory.
 */
export async function* storedRecords(
  db: Queryable,
  recordType: RecordTypeName,
  afterBatch: number,
  pageSize = 2000,
): AsyncGenerator<RecordPage> {
  const table = RECORD_TABLES[recordType].table;
  let after: { layout: string; id: string } | null = null;
  for (;;) {
    const rows: StoredRow[] = await db.query<StoredRow>(
      `SELECT t.id, t.layout, t.row_number, t.batch_id::text AS batch_id, t.body, t.flags, t.raw,
              f.name AS file_name, f.sha256
       FROM ${table} t JOIN source_file f ON f.id = t.source_file_id
       WHERE t.batch_id > $1 AND ($2::text IS NULL OR (t.layout, t.id) > ($2, $3::text))
       ORDER BY t.layout, t.id
       LIMIT $4`,
      [afterBatch, after?.layout ?? null, after?.id ?? null, pageSize],
    );
    if (rows.length === 0) return;
    yield {
      records: rows.map(wholeRecord),
      lastBatchId: Math.max(...rows.map((row) => Number(row.batch_id))),
    };
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < pageSize) return;
    after = { layout: last.layout, id: last.id };
  }
}

/** The highest ingest batch of a record type, 0 when it has none. */
export async function lastBatchOf(db: Queryable, recordType: RecordTypeName): Promise<number> {
  const [row] = await db.query<{ last: string | null }>(
    `SELECT max(batch_id)::text AS last FROM ${RECORD_TABLES[recordType].table}`,
  );
  return Number(row?.last ?? 0);
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
