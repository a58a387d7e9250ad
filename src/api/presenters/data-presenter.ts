import type { Static } from 'typebox';
import type { BatchListRow, QuarantineListRow } from '../../store/records/ingest-batch-queries.js';
import type { BatchSummary, QuarantinedRow, UploadState } from '../schemas/data-schemas.js';
import { uploadFraction, type Upload } from '../uploads/upload-registry.js';
import { presentReport, withoutPaths } from './server-paths.js';

/** A batch as the API lists it. */
export function presentBatch(row: BatchListRow): Static<typeof BatchSummary> {
  return {
    id: row.id,
    layout: row.layout,
    country: row.country,
    file: { name: row.fileName, sha256: row.sha256, sizeBytes: row.sizeBytes },
    status: row.status,
    rowsRead: row.rowsRead,
    rowsAccepted: row.rowsAccepted,
    rowsRejected: row.rowsRejected,
    rowsFlagged: row.rowsFlagged,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    error:
      row.errorCode === null ? null : { code: row.errorCode, message: withoutPaths(row.errorMessage ?? '') },
  };
}

/** A rejected row as the API lists it. */
export function presentQuarantinedRow(row: QuarantineListRow): Static<typeof QuarantinedRow> {
  return {
    id: row.id,
    batchId: row.batchId,
    layout: row.layout,
    file: row.fileName,
    row: row.rowNumber,
    column: row.column,
    code: row.code,
    message: withoutPaths(row.message),
    raw: row.raw,
  };
}

/** An upload's state: how far it got and, once loaded, the report. */
export function presentUpload(upload: Upload): Static<typeof UploadState> {
  const message = upload.report?.message ?? null;
  return {
    id: upload.id,
    file: upload.fileName,
    sizeBytes: upload.sizeBytes,
    status: upload.status,
    fraction: uploadFraction(upload),
    rowsRead: upload.report?.rowsRead ?? 0,
    rowsAccepted: upload.report?.rowsAccepted ?? 0,
    rowsRejected: upload.report?.rowsRejected ?? 0,
    batchId: upload.report?.batchId ?? null,
    receivedAt: upload.receivedAt.toISOString(),
    finishedAt: upload.finishedAt?.toISOString() ?? null,
    message: message === null ? null : withoutPaths(message),
    report: presentReport(upload.report),
    error: upload.error === null ? null : { ...upload.error, message: withoutPaths(upload.error.message) },
  };
}
