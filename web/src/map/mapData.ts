import type {
  ApiGeometry,
  FeatureCollection,
  Geometry,
  MapFeature,
  MapFeatureCollection,
} from '../api/types-geo';

/**
 * The features the map can draw: those with a geometry, each carrying its id as the `id` property,
 * as the API sends it (MapLibre keeps only numeric feature ids, and Veta's are strings such as
 * PE:MR:010012345).
 */
export function toMapData(collection: FeatureCollection): MapFeatureCollection {
  const features: MapFeature[] = [];
  for (const feature of collection.features) {
    if (!feature.geometry) continue;
    features.push({
      type: 'Feature',
      geometry: drawable(feature.geometry),
      properties: { ...feature.properties },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** No features. */
export const NO_FEATURES: MapFeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The API's geometry as GeoJSON: the server nests its coordinates as its type requires (RFC 7946)
 * but describes them only as an array, so that serialising boundaries stays cheap.
 */
export function drawable(geometry: ApiGeometry): Geometry;
export function drawable(geometry: ApiGeometry | null): Geometry | null;
export function drawable(geometry: ApiGeometry | null): Geometry | null {
  return geometry as Geometry | null;
}
