import { locatePoint } from './point-in-polygon.js';
import { segmentsOf, type Polygon, type Position } from './polygon.js';
import { polygonsOverlap } from './overlap.js';

const RADIANS = Math.PI / 180;

/**
 * Metres per degree of longitude and of latitude at a latitude, on the WGS84 ellipsoid (the usual
 * series, good to a metre per degree): distances of a few kilometres are measured in this local plane.
 */
export function metresPerDegree(latitude: number): { x: number; y: number } {
  const phi = latitude * RADIANS;
  return {
    x: 111_412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi) + 0.118 * Math.cos(5 * phi),
    y: 111_132.92 - 559.82 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi) - 0.0023 * Math.cos(6 * phi),
  };
}

/** Distance in metres between two positions a few kilometres apart. */
export function distanceMetres(a: Position, b: Position): number {
  const scale = metresPerDegree((a[1] + b[1]) / 2);
  return Math.hypot((a[0] - b[0]) * scale.x, (a[1] - b[1]) * scale.y);
}

/** Distance in metres from a point to the nearest part of a polygon: 0 inside it or on its boundary. */
export function pointToPolygonMetres(point: Position, polygons: readonly Polygon[]): number {
  if (polygons.some((polygon) => locatePoint(point, polygon) !== 'outside')) return 0;
  const scale = metresPerDegree(point[1]);
  let nearest = Infinity;
  for (const polygon of polygons) {
    for (const ring of [polygon.outer, ...polygon.holes]) {
      for (const [a, b] of segmentsOf(ring)) nearest = Math.min(nearest, toSegment(point, a, b, scale));
    }
  }
  return nearest;
}

/** Distance in metres between two sets of polygons: 0 when they overlap or touch. */
export function polygonDistanceMetres(a: readonly Polygon[], b: readonly Polygon[]): number {
  if (polygonsOverlap(a, b)) return 0;
  let nearest = Infinity;
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const polygon of from) {
      for (const vertex of polygon.outer) nearest = Math.min(nearest, pointToPolygonMetres(vertex, to));
    }
  }
  return nearest;
}

function toSegment(p: Position, a: Position, b: Position, scale: { x: number; y: number }): number {
  const ax = (a[0] - p[0]) * scale.x;
  const ay = (a[1] - p[1]) * scale.y;
  const bx = (b[0] - p[0]) * scale.x;
  const by = (b[1] - p[1]) * scale.y;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
