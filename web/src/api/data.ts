import { apiGet } from './client';
import type { Answer } from './types';
import type { UploadStatus } from './types-geo';

/** Ingest batches, newest first. */
export function listBatches(
  limit: number,
  offset: number,
  signal?: AbortSignal,
): Promise<Answer<'/api/batches'>> {
  return apiGet<Answer<'/api/batches'>>('/batches', { limit, offset }, signal);
}

/** Quarantined rows, optionally of one batch or one reason code. */
export function listQuarantine(
  filter: { batch?: string; code?: string; limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Answer<'/api/quarantine'>> {
  return apiGet<Answer<'/api/quarantine'>>('/quarantine', filter, signal);
}

/** Where an upload stands. */
export function getUpload(id: string, signal?: AbortSignal): Promise<UploadStatus> {
  return apiGet<UploadStatus>(`/uploads/${encodeURIComponent(id)}`, undefined, signal);
}
