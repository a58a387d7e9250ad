import type { Queryable } from '../engine/database.js';

/** A file as received, identified by the SHA-256 of its bytes. */
export interface SourceFile {
  id: number;
  name: string;
  sizeBytes: number;
  sha256: string;
  layout: string | null;
  firstSeenAt: Date;
}

export type BatchStatus = 'running' | 'succeeded' | 'failed' | 'skipped' | 'interrupted';

export interface BatchCounts {
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsFlagged: number;
}

/** How a batch went: what every view of a batch shows. */
export interface BatchOutcome extends BatchCounts {
  id: number;
  layout: string;
  status: BatchStatus;
  startedAt: Date;
  finishedAt: Date | null;
  errorCode: string | null;
  errorMessage: string | null;
}

/** One attempt to load one file, with its outcome. */
export interface IngestBatch extends BatchOutcome {
  sourceFileId: number;
  report: unknown;
}

/** A rejected row, kept whole with the reason it was rejected. */
export interface QuarantinedRow {
  rowNumber: number;
  column: string | null;
  code: string;
  message: string;
  raw: Record<string, unknown>;
}

interface SourceFileRow {
  id: number;
  name: string;
  size_bytes: number;
  sha256: string;
  layout: string | null;
  first_seen_at: Date;
}

/** A batch's outcome columns, as the database gives them. */
export interface BatchOutcomeRow {
  id: number;
  layout: string;
  status: BatchStatus;
  rows_read: number;
  rows_accepted: number;
  rows_rejected: number;
  rows_flagged: number;
  started_at: Date;
  finished_at: Date | null;
  error_code: string | null;
  error_message: string | null;
}

interface BatchRow extends BatchOutcomeRow {
  source_file_id: number;
  report: unknown;
}

/** Storage of provenance: source files, ingest batches and the quarantine. The only SQL for them. */
export const provenanceRepository = {
  /** Records a file by content; returns the existing record when these bytes were seen before. */
  async recordSourceFile(
    db: Queryable,
    file: { name: string; sizeBytes: number; sha256: string; layout: string | null },
  ): Promise<{ file: SourceFile; isNew: boolean }> {
    const inserted = await db.query<SourceFileRow>(
      `INSERT INTO source_file (name, size_bytes, sha256, layout) VALUES ($1, $2, $3, $4)
       ON CONFLICT (sha256) DO NOTHING RETURNING *`,
      [file.name, file.sizeBytes, file.sha256, file.layout],
    );
    if (inserted[0]) return { file: toSourceFile(inserted[0]), isNew: true };
    const [existing] = await db.query<SourceFileRow>('SELECT * FROM source_file WHERE sha256 = $1', [
      file.sha256,
    ]);
    if (!existing) throw new Error(`source_file ${file.sha256} vanished between insert and select`);
    return { file: toSourceFile(existing), isNew: false };
  },

  /** The batch that loaded these bytes, if any did: loading a file twice is a no-op. */
  async findLoadedBatch(
    db: Queryable,
    sha256: string,
  ): Promise<{ id: number; finishedAt: Date } | undefined> {
    const [row] = await db.query<{ id: number; finished_at: Date }>(
      `SELECT b.id, b.finished_at FROM ingest_batch b JOIN source_file f ON f.id = b.source_file_id
       WHERE f.sha256 = $1 AND b.status = 'succeeded' ORDER BY b.id DESC LIMIT 1`,
      [sha256],
    );
    return row ? { id: row.id, finishedAt: row.finished_at } : undefined;
  },

  /** Serialises loads of one layout on a server until the transaction ends (a no-op cost on PGlite). */
  async lockLayout(tx: Queryable, layout: string): Promise<void> {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('veta.ingest:' || $1))", [layout]);
  },

  /** Opens a batch in the running state. */
  async startBatch(db: Queryable, sourceFileId: number, layout: string): Promise<number> {
    const [row] = await db.query<{ id: number }>(
      'INSERT INTO ingest_batch (source_file_id, layout) VALUES ($1, $2) RETURNING id',
      [sourceFileId, layout],
    );
    if (!row) throw new Error('INSERT ... RETURNING gave no row');
    return row.id;
  },

  /** Closes a batch that loaded, with its counts and report. */
  async finishBatch(db: Queryable, batchId: number, counts: BatchCounts, report: unknown): Promise<void> {
    await db.query(
      `UPDATE ingest_batch SET status = 'succeeded', finished_at = now(), rows_read = $2, rows_accepted = $3,
         rows_rejected = $4, rows_flagged = $5, report = $6 WHERE id = $1 AND status = 'running'`,
      [
        batchId,
        counts.rowsRead,
        counts.rowsAccepted,
        counts.rowsRejected,
        counts.rowsFlagged,
        JSON.stringify(report),
      ],
    );
  },

  /** Closes a batch that failed, keeping the error that stopped it. */
  async failBatch(db: Queryable, batchId: number, error: { code: string; message: string }): Promise<void> {
    await db.query(
      `UPDATE ingest_batch SET status = 'failed', finished_at = now(), error_code = $2, error_message = $3
       WHERE id = $1 AND status = 'running'`,
      [batchId, error.code, error.message],
    );
  },

  /** Stores rejected rows in one statement, however many there are. */
  async quarantine(
    db: Queryable,
    batchId: number,
    sourceFileId: number,
    rows: readonly QuarantinedRow[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await db.query(
      `INSERT INTO quarantine (batch_id, source_file_id, row_number, column_name, code, message, raw)
       SELECT $1, $2, r.row_number, r.column_name, r.code, r.message, r.raw
       FROM jsonb_to_recordset($3::jsonb) AS r(row_number integer, column_name text, code text, message text, raw jsonb)`,
      [batchId, sourceFileId, JSON.stringify(rows.map(toQuarantineJson))],
    );
  },

  /** The most recent batches first. */
  async listBatches(db: Queryable, limit = 50): Promise<IngestBatch[]> {
    const rows = await db.query<BatchRow>('SELECT * FROM ingest_batch ORDER BY id DESC LIMIT $1', [limit]);
    return rows.map(toBatch);
  },

  /** A batch's rejected rows in file order. */
  async listQuarantine(db: Queryable, batchId: number): Promise<QuarantinedRow[]> {
    return db.query<QuarantinedRow>(
      `SELECT row_number AS "rowNumber", column_name AS "column", code, message, raw
       FROM quarantine WHERE batch_id = $1 ORDER BY row_number, id`,
      [batchId],
    );
  },
};

function toQuarantineJson(row: QuarantinedRow): Record<string, unknown> {
  return {
    row_number: row.rowNumber,
    column_name: row.column,
    code: row.code,
    message: row.message,
    raw: row.raw,
  };
}

function toSourceFile(row: SourceFileRow): SourceFile {
  return {
    id: row.id,
    name: row.name,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    layout: row.layout,
    firstSeenAt: row.first_seen_at,
  };
}

function toBatch(row: BatchRow): IngestBatch {
  return { ...batchOutcomeOf(row), sourceFileId: row.source_file_id, report: row.report };
}

export function batchOutcomeOf(row: BatchOutcomeRow): BatchOutcome {
  return {
    id: row.id,
    layout: row.layout,
    status: row.status,
    rowsRead: row.rows_read,
    rowsAccepted: row.rows_accepted,
    rowsRejected: row.rows_rejected,
    rowsFlagged: row.rows_flagged,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    errorCode: row.error_code,
    errorMessage: row.error_message,
  };
}
