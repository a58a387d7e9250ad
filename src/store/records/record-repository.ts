import type { RecordTypeName } from '@veta/standard';
import { copyLine } from '../engine/copy-csv.js';
import type { CopyText, Queryable } from '../engine/database.js';
import { RECORD_TABLES } from './record-tables.js';

/**
 * One line of a batch's staging table: a record a row produced, or a problem that rejects the row.
 * Everything a file yields goes through one COPY into staging, then set-based SQL sorts it out.
 */
export interface StagedLine {
  recordType: RecordTypeName | null;
  id: string | null;
  /** The first record of a row: its key repeating within a file means a duplicate row. */
  primary: boolean;
  rowNumber: number;
  /**
   * The record, its flags and the row's raw values as JSON text, encoded where the row was mapped
   * (perhaps a worker thread): the records of one row share one encoding of its raw values.
   */
  body: string | null;
  flags: string;
  raw: string;
  problem: { code: string; column: string | null; message: string } | null;
}

/** What applying a batch's staging did. */
export interface AppliedBatch {
  recordsByType: Record<string, number>;
  replaced: number;
  /** Rows quarantined because a later row of the file has the same key. */
  duplicateRows: number;
}

// `line` is not among them: the table numbers lines itself, in the order COPY delivers them.
const STAGE_COLUMNS = [
  'record_type',
  'id',
  'is_primary',
  'row_number',
  'body',
  'flags',
  'raw',
  'problem_code',
  'problem_column',
  'problem_message',
];

/** Storage of standard records, loaded through a per-batch staging table. */
export const recordRepository = {
  /** Creates the staging table; it lives until the transaction ends. */
  async createStage(tx: Queryable): Promise<void> {
    // JSON stays text here and is parsed only for the lines kept: a seller named on a thousand
    // purchases is staged a thousand times and stored once.
    await tx.exec(`CREATE TEMP TABLE ingest_stage (
      line integer GENERATED ALWAYS AS IDENTITY, record_type text, id text, is_primary boolean NOT NULL, row_number integer NOT NULL, body text,
      flags text NOT NULL, raw text NOT NULL, problem_code text, problem_column text, problem_message text
    ) ON COMMIT DROP`);
  },

  /** Streams staged lines in with COPY, as encoded by `stagedLineText`. */
  stage(tx: Queryable, lines: CopyText): Promise<number> {
    return tx.copyText('ingest_stage', STAGE_COLUMNS, lines);
  },

  /**
   * Quarantines every problem and every earlier row whose primary key a later row repeats, then
   * replaces the records of this layout that share a key with the staged ones and inserts them.
   */
  async applyStage(
    tx: Queryable,
    batch: { id: number; sourceFileId: number; layout: string },
  ): Promise<AppliedBatch> {
    const duplicateRows = await quarantineDuplicates(tx, batch);
    await tx.query(
      `INSERT INTO quarantine (batch_id, source_file_id, row_number, column_name, code, message, raw)
       SELECT $1, $2, row_number, problem_column, problem_code, problem_message, raw::jsonb
       FROM ingest_stage WHERE problem_code IS NOT NULL ORDER BY row_number`,
      [batch.id, batch.sourceFileId],
    );
    const recordsByType: Record<string, number> = {};
    let replaced = 0;
    // A file holds one to three record types of the twenty: the others cost nothing.
    const present = new Set(
      (
        await tx.query<{ type: string }>(
          'SELECT DISTINCT record_type AS type FROM ingest_stage WHERE problem_code IS NULL',
        )
      ).map((row) => row.type),
    );
    for (const [type, { table, columns }] of Object.entries(RECORD_TABLES)) {
      if (!present.has(type)) continue;
      const deleted = await tx.query<{ n: number }>(
        `WITH gone AS (DELETE FROM ${table} t USING ingest_stage s
           WHERE s.record_type = $1 AND s.problem_code IS NULL AND t.layout = $2 AND t.id = s.id RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [type, batch.layout],
      );
      replaced += deleted[0]?.n ?? 0;
      const names = Object.keys(columns);
      // The line kept for each key is chosen on narrow columns; only those lines are read whole,
      // their JSON parsed once (OFFSET 0 keeps the planner from repeating the cast in each column).
      const inserted = await tx.query<{ n: number }>(
        `WITH kept AS (
           SELECT DISTINCT ON (id) line FROM ingest_stage
           WHERE record_type = $1 AND problem_code IS NULL ORDER BY id, is_primary DESC, row_number DESC, line DESC),
         added AS (
           INSERT INTO ${table} (id, layout, country, source_file_id, batch_id, row_number, body, flags, raw, ${names.join(', ')})
           SELECT id, $2, b->>'country', $3, $4, row_number, b, flags, raw, ${names.map((name) => columns[name]).join(', ')}
           FROM (SELECT s.id, s.row_number, s.body::jsonb AS b, s.flags::jsonb AS flags, s.raw::jsonb AS raw
                 FROM ingest_stage s JOIN kept USING (line)
                 WHERE s.record_type = $1 OFFSET 0) AS staged
           RETURNING 1)
         SELECT count(*)::int AS n FROM added`,
        [type, batch.layout, batch.sourceFileId, batch.id],
      );
      const count = inserted[0]?.n ?? 0;
      if (count > 0) recordsByType[type] = count;
    }
    return { recordsByType, replaced, duplicateRows };
  },

  /** Every record of a type loaded from a layout, keyed by id, with its provenance columns. */
  async list(
    db: Queryable,
    type: RecordTypeName,
    layout: string,
  ): Promise<
    { id: string; rowNumber: number; batchId: number; body: Record<string, unknown>; flags: unknown[] }[]
  > {
    return db.query(
      `SELECT id, row_number AS "rowNumber", batch_id AS "batchId", body, flags
       FROM ${RECORD_TABLES[type].table} WHERE layout = $1 ORDER BY id COLLATE "C"`,
      [layout],
    );
  },
};

async function quarantineDuplicates(
  tx: Queryable,
  batch: { id: number; sourceFileId: number },
): Promise<number> {
  const [moved] = await tx.query<{ n: number }>(
    `WITH ranked AS (
       SELECT line, row_number, id, max(row_number) OVER (PARTITION BY record_type, id) AS kept
       FROM ingest_stage WHERE is_primary AND problem_code IS NULL),
     dup AS (SELECT d.row_number, d.id, d.kept, s.raw FROM ranked d JOIN ingest_stage s USING (line)
             WHERE d.row_number < d.kept),
     moved AS (
       INSERT INTO quarantine (batch_id, source_file_id, row_number, column_name, code, message, raw)
       SELECT $1, $2, row_number, NULL, 'DUPLICATE_KEY',
              format('Row %s has the same key (%s) as row %s, which replaces it. If both rows are real, the layout''s profile needs a key that tells them apart.', row_number, id, kept), raw::jsonb
       FROM dup RETURNING row_number),
     dropped AS (DELETE FROM ingest_stage WHERE row_number IN (SELECT row_number FROM moved) RETURNING 1)
     SELECT count(DISTINCT row_number)::int AS n FROM moved`,
    [batch.id, batch.sourceFileId],
  );
  return moved?.n ?? 0;
}

/** One staged line in COPY's text form, in the staging table's column order. */
export function stagedLineText(staged: StagedLine): string {
  return copyLine([
    staged.recordType,
    staged.id,
    staged.primary,
    staged.rowNumber,
    staged.body,
    staged.flags,
    staged.raw,
    staged.problem?.code ?? null,
    staged.problem?.column ?? null,
    staged.problem?.message ?? null,
  ]);
}
