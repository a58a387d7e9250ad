import type { Scope } from '../scope/scope.js';
import { layoutsOwnedBy, ownsLayout, type LayoutOwner } from '../scope/layout-owner.js';
import type { Queryable } from '../engine/database.js';
import {
  batchOutcomeOf,
  type BatchOutcome,
  type BatchOutcomeRow,
  type BatchStatus,
} from './provenance-repository.js';

/** A batch with its file and the country of its layout, as the API lists it. */
export interface BatchListRow extends BatchOutcome {
  country: string | null;
  fileName: string;
  sha256: string;
  sizeBytes: number;
}

/** A rejected row with the batch and file it belongs to. */
export interface QuarantineListRow {
  id: number;
  batchId: number;
  layout: string;
  fileName: string;
  rowNumber: number;
  column: string | null;
  code: string;
  message: string;
  raw: Record<string, unknown>;
}

interface BatchRow extends BatchOutcomeRow {
  country: string | null;
  file_name: string;
  sha256: string;
  size_bytes: number;
  report?: unknown;
}

// Batches know their layout; whose data that is comes from the profiles, passed in as a table.
const FROM_BATCHES = `FROM ingest_batch b JOIN source_file f ON f.id = b.source_file_id
  LEFT JOIN jsonb_to_recordset($1::jsonb) AS o(layout text, country text, agency text) ON o.layout = b.layout`;

const BATCH_COLUMNS = `b.id, b.layout, o.country, f.name AS file_name, f.sha256, f.size_bytes, b.status, b.rows_read,
  b.rows_accepted, b.rows_rejected, b.rows_flagged, b.started_at, b.finished_at, b.error_code, b.error_message`;

/** Reading ingest batches and the quarantine within the reader's scope. */
export const ingestBatchQueries = {
  /** A page of batches in scope, most recent first, and how many there are in all. */
  async listBatches(
    db: Queryable,
    scope: Scope,
    owners: readonly LayoutOwner[],
    filter: { layout?: string | undefined; status?: BatchStatus | undefined },
    page: { limit: number; offset: number },
  ): Promise<{ rows: BatchListRow[]; total: number }> {
    const params: unknown[] = [JSON.stringify(owners)];
    const where = [inScope(scope, owners, params)];
    if (filter.layout) where.push(`b.layout = $${String(params.push(filter.layout))}`);
    if (filter.status) where.push(`b.status = $${String(params.push(filter.status))}`);
    const condition = where.join(' AND ');
    const [counted] = await db.query<{ total: number }>(
      `SELECT count(*)::integer AS total ${FROM_BATCHES} WHERE ${condition}`,
      params,
    );
    const rows = await db.query<BatchRow>(
      `SELECT ${BATCH_COLUMNS} ${FROM_BATCHES} WHERE ${condition} ORDER BY b.id DESC
       LIMIT $${String(params.length + 1)} OFFSET $${String(params.length + 2)}`,
      [...params, page.limit, page.offset],
    );
    return { rows: rows.map(toBatch), total: counted?.total ?? 0 };
  },

  /** One batch in scope with its stored report; undefined when missing or out of scope. */
  async findBatch(
    db: Queryable,
    scope: Scope,
    owners: readonly LayoutOwner[],
    id: number,
  ): Promise<(BatchListRow & { report: unknown }) | undefined> {
    const params: unknown[] = [JSON.stringify(owners), id];
    const [row] = await db.query<BatchRow>(
      `SELECT ${BATCH_COLUMNS}, b.report ${FROM_BATCHES} WHERE b.id = $2 AND ${inScope(scope, owners, params)}`,
      params,
    );
    return row ? { ...toBatch(row), report: row.report ?? null } : undefined;
  },

  /** A page of rejected rows of batches in scope, in file order, and how many there are in all. */
  async listQuarantine(
    db: Queryable,
    scope: Scope,
    owners: readonly LayoutOwner[],
    filter: { batchId?: number | undefined; code?: string | undefined },
    page: { limit: number; offset: number },
  ): Promise<{ rows: QuarantineListRow[]; total: number }> {
    const params: unknown[] = [JSON.stringify(owners)];
    const where = [inScope(scope, owners, params)];
    if (filter.batchId !== undefined) where.push(`q.batch_id = $${String(params.push(filter.batchId))}`);
    if (filter.code) where.push(`q.code = $${String(params.push(filter.code))}`);
    const from = `FROM quarantine q JOIN ingest_batch b ON b.id = q.batch_id
      JOIN source_file f ON f.id = q.source_file_id
      LEFT JOIN jsonb_to_recordset($1::jsonb) AS o(layout text, country text, agency text) ON o.layout = b.layout
      WHERE ${where.join(' AND ')}`;
    const [counted] = await db.query<{ total: number }>(`SELECT count(*)::integer AS total ${from}`, params);
    const rows = await db.query<QuarantineListRow>(
      `SELECT q.id, q.batch_id AS "batchId", b.layout, f.name AS "fileName", q.row_number AS "rowNumber",
              q.column_name AS "column", q.code, q.message, q.raw
       ${from} ORDER BY q.batch_id DESC, q.row_number, q.id
       LIMIT $${String(params.length + 1)} OFFSET $${String(params.length + 2)}`,
      [...params, page.limit, page.offset],
    );
    return { rows, total: counted?.total ?? 0 };
  },
};

// The rule uploads are refused by (ownsLayout), so an uploader sees exactly the batches they may
// load; a batch of a layout no profile declares any more is regional data of no agency.
function inScope(scope: Scope, owners: readonly LayoutOwner[], params: unknown[]): string {
  const owned = `b.layout = ANY($${String(params.push(layoutsOwnedBy(scope, owners)))}::text[])`;
  const orphanSeen = ownsLayout(scope, { layout: '', country: null, agency: null });
  return orphanSeen ? `(o.layout IS NULL OR ${owned})` : owned;
}

function toBatch(row: BatchRow): BatchListRow {
  return {
    ...batchOutcomeOf(row),
    country: row.country,
    fileName: row.file_name,
    sha256: row.sha256,
    sizeBytes: row.size_bytes,
  };
}
