import { locatePoint } from './point-in-polygon.js';
import { segmentsOf, type Polygon, type Position, type Ring } from './polygon.js';
import { segmentsMeet } from './overlap.js';

/**
 * True when a polygon's boundary crosses itself: two non-adjacent edges of a ring meet, or a hole's
 * ring meets the outer ring or another hole. (Cadastral rings have tens to hundreds of vertices, so
 * the pairwise test is cheap enough.)
 */
export function selfIntersects(polygon: Polygon): boolean {
  const rings = [polygon.outer, ...polygon.holes];
  if (rings.some(ringCrossesItself)) return true;
  for (let i = 0; i < rings.length; i++) {
    for (let j = i + 1; j < rings.length; j++) {
      const a = rings[i];
      const b = rings[j];
      if (a && b && ringsMeet(a, b)) return true;
    }
  }
  return false;
}

function ringCrossesItself(ring: Ring): boolean {
  const edges = [...segmentsOf(ring)];
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 2; j < edges.length; j++) {
      // The first and last edges share the closing vertex.
      if (i === 0 && j === edges.length - 1) continue;
      const a = edges[i];
      const b = edges[j];
      if (a && b && segmentsMeet(a[0], a[1], b[0], b[1])) return true;
    }
  }
  return false;
}

function ringsMeet(a: Ring, b: Ring): boolean {
  for (const [p1, p2] of segmentsOf(a)) {
    for (const [q1, q2] of segmentsOf(b)) if (segmentsMeet(p1, p2, q1, q2)) return true;
  }
  return false;
}

// Cadastral rings have few vertices; a cap keeps a pathological pair from costing a quadratic blow-up.
const MAX_CORNERS = 64;

/**
 * True when two polygons share interior, not merely an edge or a corner: cadastral grids put rights
 * edge to edge, and only a shared inside is an overlap of rights.
 */
export function interiorsOverlap(a: Polygon, b: Polygon): boolean {
  for (const [p1, p2] of segmentsOf(a.outer)) {
    for (const [q1, q2] of segmentsOf(b.outer)) if (properlyCross(p1, p2, q1, q2)) return true;
  }
  const strictlyInside = (point: Position, polygon: Polygon): boolean =>
    locatePoint(point, polygon) === 'inside';
  if (a.outer.some((point) => strictlyInside(point, b)) || b.outer.some((point) => strictlyInside(point, a)))
    return true;
  // Boundaries that only touch or run along each other: the shared region, if it has an inside, has its
  // corners among the vertices lying on the other shape, and the middle of two of them lies inside both.
  const corners = [
    ...a.outer.filter((point) => locatePoint(point, b) !== 'outside'),
    ...b.outer.filter((point) => locatePoint(point, a) !== 'outside'),
  ].slice(0, MAX_CORNERS);
  for (let i = 0; i < corners.length; i++) {
    for (let j = i + 1; j < corners.length; j++) {
      const p = corners[i];
      const q = corners[j];
      if (!p || !q) continue;
      const middle: Position = [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
      if (strictlyInside(middle, a) && strictlyInside(middle, b)) return true;
    }
  }
  return false;
}

function properlyCross(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const side = (a: Position, b: Position, c: Position): number =>
    Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return side(q1, q2, p1) * side(q1, q2, p2) < 0 && side(p1, p2, q1) * side(p1, p2, q2) < 0;
}
