import { Type } from 'typebox';
import { Nullable, Page, PageQuery, Timestamp } from './common.js';

const BATCH_STATUSES = ['running', 'succeeded', 'failed', 'skipped', 'interrupted'] as const;
const Failure = Nullable(Type.Object({ code: Type.String(), message: Type.String() }));

/** One attempt to load one file. */
export const BatchSummary = Type.Object({
  id: Type.Integer(),
  layout: Type.String(),
  country: Nullable(Type.String()),
  file: Type.Object({ name: Type.String(), sha256: Type.String(), sizeBytes: Type.Integer() }),
  status: Type.Enum([...BATCH_STATUSES]),
  rowsRead: Type.Integer(),
  rowsAccepted: Type.Integer(),
  rowsRejected: Type.Integer(),
  rowsFlagged: Type.Integer(),
  startedAt: Timestamp,
  finishedAt: Nullable(Timestamp),
  error: Failure,
});

/** A batch with the report its load stored. */
export const BatchDetail = Type.Object({
  ...BatchSummary.properties,
  report: Type.Unknown({ description: 'The ingestion report: counts by reason, records by type, timing.' }),
});

/** A page of batches. */
export const BatchPage = Page(BatchSummary, 'Batches, most recent first.');

/** GET /batches. */
export const BatchQuery = Type.Object({
  layout: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9-]*$' })),
  status: Type.Optional(Type.Enum([...BATCH_STATUSES])),
  ...PageQuery,
});

/** The :id of a batch. */
export const BatchParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** A rejected row, whole, with why it was rejected. */
export const QuarantinedRow = Type.Object({
  id: Type.Integer(),
  batchId: Type.Integer(),
  layout: Type.String(),
  file: Type.String(),
  row: Type.Integer({ description: 'Row in the file (the header is row 1).' }),
  column: Nullable(Type.String()),
  code: Type.String(),
  message: Type.String(),
  raw: Type.Record(Type.String(), Type.Unknown()),
});

/** A page of rejected rows. */
export const QuarantinePage = Page(QuarantinedRow, 'Rejected rows, newest batch first, in file order.');

/** GET /quarantine. */
export const QuarantineQuery = Type.Object({
  batch: Type.Optional(Type.Integer({ minimum: 1, description: 'Only this batch.' })),
  code: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$', description: 'Only this reason.' })),
  ...PageQuery,
});

/** An upload on its way into the database. */
export const UploadState = Type.Object({
  id: Type.String(),
  file: Type.String(),
  sizeBytes: Type.Integer(),
  status: Type.Enum(['queued', 'loading', 'done', 'failed'], {
    description: 'queued, loading, then done or failed.',
  }),
  fraction: Type.Number({ minimum: 0, maximum: 1, description: 'Share of the file read.' }),
  rowsRead: Type.Integer({ description: 'Known once loading ends.' }),
  rowsAccepted: Type.Integer(),
  rowsRejected: Type.Integer(),
  batchId: Nullable(Type.Integer()),
  receivedAt: Timestamp,
  finishedAt: Nullable(Timestamp),
  message: Nullable(
    Type.String({ description: 'What the load said when it stored nothing new (a file loaded before).' }),
  ),
  report: Type.Unknown({ description: 'The ingestion report once loading ends, else null.' }),
  error: Failure,
});

/** The :id of an upload. */
export const UploadParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
