import type { FeatureCollection, MapFeature, MapFeatureCollection } from '../api/types-geo';

/**
 * The features the map can draw: those with a geometry, each carrying its id as the `id` property
 * (MapLibre keeps only numeric feature ids, and Veta's are strings such as PE:MR:010012345).
 */
export function toMapData(collection: FeatureCollection): MapFeatureCollection {
  const features: MapFeature[] = [];
  for (const feature of collection.features) {
    if (!feature.geometry) continue;
    features.push({
      type: 'Feature',
      geometry: feature.geometry,
      properties: { ...feature.properties, id: feature.properties?.id ?? feature.id ?? null },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** No features. */
export const NO_FEATURES: MapFeatureCollection = { type: 'FeatureCollection', features: [] };
