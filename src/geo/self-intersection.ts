import Flatbush from 'flatbush';
import { locatePoint } from './point-in-polygon.js';
import { segmentsOf, type Polygon, type Position, type Ring } from './polygon.js';
import { segmentsMeet } from './overlap.js';

/** Whether a boundary crosses itself, or was too intricate to tell within the work allowed. */
export type BoundaryCheck = 'crosses' | 'clean' | 'too-complex';

/** An edge of a polygon's boundary: which ring it belongs to, its place along it, and its ends. */
interface Edge {
  readonly ring: number;
  readonly index: number;
  readonly from: Position;
  readonly to: Position;
}

// Pairs of edges whose boxes meet, tested exactly, per edge of the polygon (plus a floor for small
// shapes): ordinary boundaries need a handful each; a shape built to make every box meet every other
// would need millions per edge, and is reported too intricate rather than checked for minutes.
const PAIRS_PER_EDGE = 64;
const PAIRS_FLOOR = 100_000;

/**
 * Whether a polygon's boundary crosses itself: two non-adjacent edges of a ring meet, two adjacent
 * edges fold back over each other, or a hole's ring meets the outer ring or another hole. Candidate
 * pairs come from an R-tree over the edges' boxes, so a ring of 250 000 vertices costs about n log n,
 * not n²; a boundary needing more pairs than its share is reported 'too-complex'.
 */
export function checkBoundary(polygon: Polygon): BoundaryCheck {
  const rings = [polygon.outer, ...polygon.holes].map(withoutRepeats);
  const edges: Edge[] = [];
  rings.forEach((ring, r) => {
    let index = 0;
    for (const [from, to] of segmentsOf(ring)) edges.push({ ring: r, index: index++, from, to });
  });
  if (edges.length === 0) return 'clean';
  const lengths = rings.map((ring) => ring.length - 1);
  const index = new Flatbush(edges.length);
  for (const edge of edges) index.add(...edgeBox(edge));
  index.finish();
  const budget = PAIRS_FLOOR + PAIRS_PER_EDGE * edges.length;
  let pairs = 0;
  for (const [i, a] of edges.entries()) {
    if (pairs > budget) return 'too-complex';
    const met = index.search(...edgeBox(a), (j) => {
      if (j <= i) return false;
      pairs += 1;
      const b = edges[j];
      return b !== undefined && edgesConflict(a, b, lengths[a.ring] ?? 0);
    });
    if (met.length > 0) return 'crosses';
  }
  return 'clean';
}

/** True when a polygon's boundary crosses itself (a boundary too intricate to check counts as not). */
export function selfIntersects(polygon: Polygon): boolean {
  return checkBoundary(polygon) === 'crosses';
}

function edgeBox({ from, to }: Edge): [number, number, number, number] {
  return [
    Math.min(from[0], to[0]),
    Math.min(from[1], to[1]),
    Math.max(from[0], to[0]),
    Math.max(from[1], to[1]),
  ];
}

// Edges of one ring that follow each other share a vertex by construction: they conflict only when
// the second folds back along the first. Any other pair conflicts when the edges meet at all.
function edgesConflict(a: Edge, b: Edge, ringEdges: number): boolean {
  if (a.ring === b.ring) {
    const gap = Math.abs(a.index - b.index);
    if (gap === 1) return foldsBack(a.index < b.index ? a : b, a.index < b.index ? b : a);
    if (gap === ringEdges - 1) return foldsBack(a.index < b.index ? b : a, a.index < b.index ? a : b);
  }
  return segmentsMeet(a.from, a.to, b.from, b.to);
}

function foldsBack(first: Edge, second: Edge): boolean {
  const ux = first.to[0] - first.from[0];
  const uy = first.to[1] - first.from[1];
  const vx = second.to[0] - second.from[0];
  const vy = second.to[1] - second.from[1];
  return ux * vy - uy * vx === 0 && ux * vx + uy * vy < 0;
}

// A vertex written twice in a row makes an edge of no length, which would "meet" both its neighbours.
function withoutRepeats(ring: Ring): Ring {
  return ring.filter((point, i) => {
    const previous = ring[i - 1];
    return previous === undefined || previous[0] !== point[0] || previous[1] !== point[1];
  });
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
