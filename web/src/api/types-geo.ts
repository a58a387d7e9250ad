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

/** Fine gold and value of one flow; the value is declared, or fine gold at the month's reference price. */
export interface Flow {
  fineKg: number;
  usd: number;
  usdBasis: string | null;
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

/** A holder of a mining right, and the entity it was resolved into. */
export interface RightHolder {
  id: string;
  name: string | null;
  entity: string | null;
}

/** One month of a mining right: declared production, purchases naming it as origin, capacity. */
export interface RightMonth {
  month: string;
  declaredKg: number | null;
  declaredIsFine: boolean | null;
  purchasedFineKg: number | null;
  purchases: number;
  capacityKg: number | null;
}

/** Inputs (mercury, cyanide, explosives…) delivered to a right in a month. */
export interface RightInput {
  month: string;
  input: string;
  unit: string | null;
  quantity: number;
  deliveries: number;
  recipients: string[];
}

/** A satellite detection of mining activity, with where it was read from. */
export interface Detection {
  id: string;
  detectedOn: string | null;
  areaHa: number | null;
  confidence: number | null;
  source: string | null;
  countries: string[];
  layout: string;
  file: string;
  row: number;
  point: number[];
}

/** A mining right's page: geometry, holders, monthly figures, inputs and satellite detections. */
export interface RightDetail {
  id: string;
  code: string;
  name: string | null;
  country: string | null;
  status: string | null;
  statusNational: string | null;
  kind: string | null;
  hectares: number | null;
  flags: string[];
  holders: RightHolder[];
  alerts: number;
  geometry: Geometry | null;
  layout: string;
  file: string;
  row: number;
  grantedOn: string | null;
  expiresOn: string | null;
  capacity: {
    value: number;
    unit: string;
    period: string;
    metal: string | null;
    kgPerMonth: number | null;
  } | null;
  months: RightMonth[];
  inputs: RightInput[];
  detections: Detection[];
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
  /** What the load said when it stored nothing new (a file loaded before). */
  message: string | null;
  error: { code: string; message: string } | null;
}
