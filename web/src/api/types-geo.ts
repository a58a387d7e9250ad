/** GeoJSON, reconciliation and data-management shapes, as the web app reads them. */

/** A GeoJSON geometry the maps draw. */
export type Geometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] }
  | { type: 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString'; coordinates: number[][][] };

/** A GeoJSON feature with the properties the API gives it (no geometry: a right without a boundary). */
export interface Feature {
  type: 'Feature';
  id?: string | number;
  geometry: Geometry | null;
  properties: Record<string, unknown> | null;
}

/** A GeoJSON feature collection; the API adds how many matched and whether the list was cut. */
export interface FeatureCollection {
  type: 'FeatureCollection';
  features: Feature[];
  total?: number;
  truncated?: boolean;
}

/** A feature the map can draw: it has a geometry, and its id among its properties. */
export interface MapFeature {
  type: 'Feature';
  geometry: Geometry;
  properties: Record<string, unknown>;
}

/** Features ready for the map. */
export interface MapFeatureCollection {
  type: 'FeatureCollection';
  features: MapFeature[];
}

/** Fine gold and value of one flow. */
export interface Flow {
  fineKg: number;
  usd: number;
}

/** One country-month of the reconciliation: each flow in fine kilograms and dollars. */
export interface ReconciliationRow {
  country: string;
  month: string;
  production: Flow;
  purchases: Flow;
  exports: Flow;
  partnerImports: Flow;
}

/** A mining right's page: geometry, monthly figures, inputs and satellite detections. */
export interface RightDetail {
  id: string;
  name?: string;
  country: string | null;
  status?: string | null;
  holder?: { id?: string | null; name: string } | null;
  areaHa?: number | null;
  geometry: Geometry | null;
  monthly: { month: string; declaredKg: number; purchasedKg: number; capacityKg: number | null }[];
  inputs: { month?: string; date?: string; input: string; quantity: number; unit: string }[];
  detections: Feature[];
}

/** One attempt to load one file. */
export interface Batch {
  id: number;
  layout: string | null;
  country: string | null;
  file: { name: string; sha256: string; sizeBytes: number };
  status: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  rowsFlagged: number;
  startedAt: string;
  finishedAt: string | null;
  error: { code: string; message: string } | null;
}

/** A rejected row with the reason. */
export interface QuarantineRow {
  id: number;
  batchId: number;
  layout: string;
  file: string;
  row: number;
  column: string | null;
  code: string;
  message: string;
  raw: Record<string, unknown>;
}

/** Where an upload stands: queued, loading (with the share read), then done or failed. */
export interface UploadStatus {
  id: string;
  file: string;
  sizeBytes: number;
  status: 'queued' | 'loading' | 'done' | 'failed';
  fraction: number;
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  batchId: number | null;
  error: { code: string; message: string } | null;
}
