import type { AlertSummary, Severity } from '../api/types';
import type { Geometry, MapFeature, MapFeatureCollection } from '../api/types-geo';

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

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

/** The id a map feature carries (toMapData puts it among the properties). */
export function featureId(feature: MapFeature): string | null {
  const id = feature.properties.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * Alert hot spots: one point per mining right that open alerts name as a subject, sized by how
 * many alerts name it and coloured by the worst of them.
 */
export function alertHotspots(
  rights: MapFeatureCollection,
  alerts: readonly AlertSummary[],
): MapFeatureCollection {
  const byRight = new Map<string, { count: number; worst: Severity }>();
  const known = new Set(rights.features.map(featureId).filter((id): id is string => id !== null));
  for (const alert of alerts) {
    for (const subject of alert.subjects) {
      if (!known.has(subject)) continue;
      const entry = byRight.get(subject) ?? { count: 0, worst: 'low' };
      entry.count += 1;
      if (RANK[alert.severity] > RANK[entry.worst]) entry.worst = alert.severity;
      byRight.set(subject, entry);
    }
  }
  const features: MapFeature[] = [];
  for (const right of rights.features) {
    const id = featureId(right);
    const entry = id === null ? undefined : byRight.get(id);
    const centre = centreOf(right.geometry);
    if (!entry || !centre) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: centre },
      properties: { id, count: entry.count, severity: entry.worst, rank: RANK[entry.worst] },
    });
  }
  return { type: 'FeatureCollection', features };
}
