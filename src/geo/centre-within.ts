import { coversPoint } from './point-in-polygon.js';
import { boxOf, centreOf, isAreaGeoJson, polygonsOf, type Box, type Position } from './polygon.js';

/** A place's representative point: the centre of its footprint, or the point itself. */
export function representativePoint(geometry: unknown): Position | null {
  if (isAreaGeoJson(geometry)) {
    const [x, y] = centreOf(polygonsOf(geometry));
    return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
  }
  if (typeof geometry === 'object' && geometry !== null) {
    const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
    if (type === 'Point' && Array.isArray(coordinates)) {
      const [x, y] = coordinates as unknown[];
      if (typeof x === 'number' && typeof y === 'number') return [x, y];
    }
  }
  return null;
}

/** The box around an area's GeoJSON geometry, or null when it has none. */
export function areaBox(geometry: unknown): Box | null {
  return isAreaGeoJson(geometry) ? boxOf(polygonsOf(geometry)) : null;
}

/** True when a place's representative point lies in (or on the edge of) an area. */
export function centreWithin(area: unknown, place: unknown): boolean {
  const point = representativePoint(place);
  return point !== null && isAreaGeoJson(area) && coversPoint(polygonsOf(area), point);
}
