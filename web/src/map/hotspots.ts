import type { Geometry, MapFeature, MapFeatureCollection } from '../api/types-geo';

/** The middle of a geometry's outer ring(s): close enough to place a marker on a small polygon. */
export function centreOf(geometry: Geometry | null | undefined): [number, number] | null {
  if (!geometry) return null;
  let points: number[][];
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0] ?? 0, geometry.coordinates[1] ?? 0];
    case 'Polygon':
      points = geometry.coordinates[0] ?? [];
      break;
    case 'MultiPolygon':
      points = geometry.coordinates.flatMap((polygon) => polygon[0] ?? []);
      break;
    case 'LineString':
      points = geometry.coordinates;
      break;
    case 'MultiLineString':
      points = geometry.coordinates.flat();
      break;
  }
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const point of points) {
    x += point[0] ?? 0;
    y += point[1] ?? 0;
  }
  return [x / points.length, y / points.length];
}

/**
 * Alert hot spots: a point on every mining right that alerts name (the `alerts` property the API
 * counts), so the map shows where the alerts gather even at a zoom where polygons are specks.
 */
export function alertHotspots(rights: MapFeatureCollection): MapFeatureCollection {
  const features: MapFeature[] = [];
  for (const right of rights.features) {
    const alerts = right.properties.alerts;
    const centre = centreOf(right.geometry);
    if (typeof alerts !== 'number' || alerts === 0 || !centre) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: centre },
      properties: { id: right.properties.id, alerts },
    });
  }
  return { type: 'FeatureCollection', features };
}
