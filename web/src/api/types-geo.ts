/** GeoJSON, reconciliation and data-management shapes, named for the web app (see ./types.ts). */
import type { Geometry as GeoJsonGeometry } from 'geojson';
import type { Answer, ItemOf } from './types';

/** The feature collections the map layers are drawn from. */
export type FeatureCollection =
  Answer<'/api/rights'> | Answer<'/api/detections'> | Answer<'/api/protected-areas'>;

export type RightDetail = Answer<'/api/rights/{id}'>;
/** A geometry as the API sends it: its coordinates are described loosely (see src/api/schemas/geojson.ts). */
export type ApiGeometry = NonNullable<RightDetail['geometry']>;
/**
 * A GeoJSON geometry the maps draw: one of the API's geometry types, its coordinates nested as
 * RFC 7946 says, or a line of the basemap's borders.
 */
export type Geometry = Extract<
  GeoJsonGeometry,
  { type: ApiGeometry['type'] | 'LineString' | 'MultiLineString' }
>;
export type RightHolder = RightDetail['holders'][number];
export type RightMonth = RightDetail['months'][number];
export type RightInput = RightDetail['inputs'][number];
export type Detection = RightDetail['detections'][number];

export type ReconciliationRow = ItemOf<'/api/reconciliation'>;
export type Flow = ReconciliationRow['production'];

export type Batch = ItemOf<'/api/batches'>;
export type QuarantineRow = ItemOf<'/api/quarantine'>;
export type UploadStatus = Answer<'/api/uploads/{id}'>;

/** A feature the map can draw: it has a geometry, and its id among its properties (the web's own shape). */
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
