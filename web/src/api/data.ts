import { apiGet } from './client';
import type { Page } from './types';
import type { Batch, QuarantineRow, UploadStatus } from './types-geo';

/** Ingest batches, newest first. */
export function listBatches(limit: number, offset: number, signal?: AbortSignal): Promise<Page<Batch>> {
  return apiGet<Page<Batch>>('/batches', { limit, offset }, signal);
}

/** Quarantined rows, optionally of one batch or one reason code. */
export function listQuarantine(
  filter: { batch?: string; code?: string; limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<QuarantineRow>> {
  return apiGet<Page<QuarantineRow>>('/quarantine', filter, signal);
}

/** Where an upload stands. */
export function getUpload(id: string, signal?: AbortSignal): Promise<UploadStatus> {
  return apiGet<UploadStatus>(`/uploads/${encodeURIComponent(id)}`, undefined, signal);
}
