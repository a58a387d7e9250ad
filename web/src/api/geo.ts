import { apiGet } from './client';
import type { FeatureCollection, ReconciliationRow, RightDetail } from './types-geo';

/** Mining rights as GeoJSON (the region has a few thousand at most). */
export function getRights(signal?: AbortSignal): Promise<FeatureCollection> {
  return apiGet<FeatureCollection>('/rights', { limit: 5000 }, signal);
}

/** One mining right with its figures. */
export function getRight(id: string, signal?: AbortSignal): Promise<RightDetail> {
  return apiGet<RightDetail>(`/rights/${encodeURIComponent(id)}`, undefined, signal);
}

/** Satellite detections of mining activity as GeoJSON. */
export function getDetections(signal?: AbortSignal): Promise<FeatureCollection> {
  return apiGet<FeatureCollection>('/detections', { limit: 10000 }, signal);
}

/** Protected areas and indigenous territories as GeoJSON. */
export function getProtectedAreas(signal?: AbortSignal): Promise<FeatureCollection> {
  return apiGet<FeatureCollection>('/protected-areas', undefined, signal);
}

/** Production, purchases, exports and partner imports by country and month. */
export async function getReconciliation(
  country?: string,
  signal?: AbortSignal,
): Promise<ReconciliationRow[]> {
  return (await apiGet<{ items: ReconciliationRow[] }>('/reconciliation', { country, limit: 5000 }, signal))
    .items;
}
