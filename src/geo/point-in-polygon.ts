import { segmentsOf, type Polygon, type Position, type Ring } from './polygon.js';

/** Where a point lies with respect to a polygon. */
export type Location = 'inside' | 'boundary' | 'outside';

// Coordinates are rounded to 1e-6 degrees (about 10 cm) in the national files; a point this close to
// an edge is on it.
const ON_EDGE_DEGREES = 1e-9;

/** Where a point lies in a polygon with holes: a point on the outer ring or on a hole's ring is on the boundary. */
export function locatePoint(point: Position, polygon: Polygon): Location {
  const outer = locateInRing(point, polygon.outer);
  if (outer !== 'inside') return outer;
  for (const hole of polygon.holes) {
    const inHole = locateInRing(point, hole);
    if (inHole === 'boundary') return 'boundary';
    if (inHole === 'inside') return 'outside';
  }
  return 'inside';
}

/** True when the point lies in (or on the boundary of) any of the polygons: a boundary belongs to the area it bounds. */
export function coversPoint(polygons: readonly Polygon[], point: Position): boolean {
  return polygons.some((polygon) => locatePoint(point, polygon) !== 'outside');
}

/** Even-odd ray casting, with points on an edge reported as on the boundary. */
export function locateInRing(point: Position, ring: Ring): Location {
  const [px, py] = point;
  let inside = false;
  for (const [[ax, ay], [bx, by]] of segmentsOf(ring)) {
    if (onSegment(px, py, ax, ay, bx, by)) return 'boundary';
    if (ay > py !== by > py && px < ((bx - ax) * (py - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? 'inside' : 'outside';
}

function onSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): boolean {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  const length = Math.hypot(bx - ax, by - ay);
  if (Math.abs(cross) > ON_EDGE_DEGREES * Math.max(length, ON_EDGE_DEGREES)) return false;
  return (
    px >= Math.min(ax, bx) - ON_EDGE_DEGREES &&
    px <= Math.max(ax, bx) + ON_EDGE_DEGREES &&
    py >= Math.min(ay, by) - ON_EDGE_DEGREES &&
    py <= Math.max(ay, by) + ON_EDGE_DEGREES
  );
}
