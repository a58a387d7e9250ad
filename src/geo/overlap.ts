import { locatePoint } from './point-in-polygon.js';
import { boxOf, segmentsOf, type Polygon, type Position, type Ring } from './polygon.js';

/**
 * True when two sets of polygons share any point, boundaries included: some edges cross or touch, or
 * one lies within the other. A shape wholly inside another's hole shares nothing with it.
 */
export function polygonsOverlap(a: readonly Polygon[], b: readonly Polygon[]): boolean {
  return a.some((p) => b.some((q) => polygonPairOverlaps(p, q)));
}

function polygonPairOverlaps(p: Polygon, q: Polygon): boolean {
  const pb = boxOf([p]);
  const qb = boxOf([q]);
  if (pb.maxX < qb.minX || qb.maxX < pb.minX || pb.maxY < qb.minY || qb.maxY < pb.minY) return false;
  for (const ringP of [p.outer, ...p.holes]) {
    for (const ringQ of [q.outer, ...q.holes]) if (ringsCross(ringP, ringQ)) return true;
  }
  // No boundaries meet: either one lies wholly within the other (and not in a hole), or they are apart.
  const firstP = p.outer[0];
  const firstQ = q.outer[0];
  return (
    (firstP !== undefined && locatePoint(firstP, q) !== 'outside') ||
    (firstQ !== undefined && locatePoint(firstQ, p) !== 'outside')
  );
}

/** True when some segment of one ring meets some segment of the other. */
export function ringsCross(a: Ring, b: Ring): boolean {
  for (const [p1, p2] of segmentsOf(a)) {
    for (const [q1, q2] of segmentsOf(b)) if (segmentsMeet(p1, p2, q1, q2)) return true;
  }
  return false;
}

/** True when two closed segments share a point (crossing, touching or collinear overlap). */
export function segmentsMeet(p1: Position, p2: Position, q1: Position, q2: Position): boolean {
  const d1 = orientation(q1, q2, p1);
  const d2 = orientation(q1, q2, p2);
  const d3 = orientation(p1, p2, q1);
  const d4 = orientation(p1, p2, q2);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && within(q1, q2, p1)) ||
    (d2 === 0 && within(q1, q2, p2)) ||
    (d3 === 0 && within(p1, p2, q1)) ||
    (d4 === 0 && within(p1, p2, q2))
  );
}

function orientation(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function within(a: Position, b: Position, c: Position): boolean {
  return (
    c[0] >= Math.min(a[0], b[0]) &&
    c[0] <= Math.max(a[0], b[0]) &&
    c[1] >= Math.min(a[1], b[1]) &&
    c[1] <= Math.max(a[1], b[1])
  );
}
