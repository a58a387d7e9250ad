import { qualityFlag, type QualityFlag } from '@veta/standard';
import { areaHectares } from './area.js';
import type { Polygon } from './polygon.js';
import { interiorsOverlap } from './self-intersection.js';
import { SpatialIndex } from './spatial-index.js';

/** A mining right's boundary as the cadastre gives it, with the hectares it declares. */
export interface RightGeometry {
  id: string;
  polygons: readonly Polygon[];
  declaredHa: number | null;
  /** Lapsed rights no longer hold ground, so they overlap nothing. */
  active: boolean;
}

// The overlap test compares boundaries edge by edge, at the product of their sizes: cadastral rights
// have tens to hundreds of vertices, and one of more than this (an upload built to stall the server)
// is left out of it rather than compared for minutes.
const OVERLAP_MAX_VERTICES = 5_000;

// A right is compared edge by edge with at most this many others whose boxes meet its own: cadastral
// grids give a few neighbours, and thousands of rights stacked in one place (an upload built to stall
// the server) would otherwise make the comparisons grow as the square of their number.
const OVERLAP_MAX_NEIGHBOURS = 200;

// One overlap flag per right names this many of the rights it overlaps.
const NAMED_OVERLAPS = 5;

/** The codes of the flags this module sets, so a new run can replace its own earlier flags. */
export const RIGHT_GEOMETRY_FLAGS = [
  'AREA_DIFFERS_FROM_DECLARED',
  'RIGHT_OVERLAP',
  'RIGHT_OVERLAP_UNCHECKED',
];

/**
 * A polygon measuring more than this many times its declared hectares, or less than their share by
 * it, is no longer the right the cadastre describes: its flag is an ERROR and keeps it out of
 * spatial attribution (a "right" covering half a continent would license every detection in it).
 */
export const AREA_UNTRUSTED_FACTOR = 2;

/**
 * Data-quality flags on mining-right boundaries that need every right at once or the declared area:
 * a polygon whose ellipsoidal area departs from the declared hectares by more than `areaTolerance`
 * (a fraction; an ERROR past AREA_UNTRUSTED_FACTOR), and rights in force or in process whose insides
 * overlap (edges shared in a cadastral grid do not count; a right among too many to compare is flagged
 * as unchecked). A boundary's own defects (crossing itself,
 * out of its country) are flagged as each row is read (geo/geometry-check.ts).
 */
export function rightGeometryFlags(
  rights: readonly RightGeometry[],
  areaTolerance = 0.05,
): Map<string, QualityFlag[]> {
  const flags = new Map<string, QualityFlag[]>(rights.map((right) => [right.id, []]));
  const add = (id: string, flag: QualityFlag): void => {
    flags.get(id)?.push(flag);
  };
  for (const right of rights) {
    const flag = areaFlag(right, areaTolerance);
    if (flag) add(right.id, flag);
  }
  const active = rights.filter((right) => right.active && vertexCount(right) <= OVERLAP_MAX_VERTICES);
  const index = new SpatialIndex(active.map((right) => ({ polygons: right.polygons, value: right })));
  for (const right of active) {
    const near = index
      .nearPolygons(right.polygons, 0)
      .map((item) => item.value)
      .filter((other) => other.id !== right.id);
    if (near.length > OVERLAP_MAX_NEIGHBOURS) {
      add(
        right.id,
        qualityFlag(
          'RIGHT_OVERLAP_UNCHECKED',
          `The right's extent meets ${String(near.length)} other rights in force or in process, more than the ${String(OVERLAP_MAX_NEIGHBOURS)} Veta compares boundary by boundary, so whether it overlaps them was not checked; compare it with the cadastre's map.`,
          'geometry',
        ),
      );
      continue;
    }
    const others = near
      .filter((other) => right.polygons.some((p) => other.polygons.some((q) => interiorsOverlap(p, q))))
      .map((other) => other.id)
      .sort();
    if (others.length === 0) continue;
    const named = others.slice(0, NAMED_OVERLAPS).join(', ');
    const more = others.length > NAMED_OVERLAPS ? ` and ${String(others.length - NAMED_OVERLAPS)} more` : '';
    add(
      right.id,
      qualityFlag(
        'RIGHT_OVERLAP',
        `The right overlaps ${String(others.length)} other right(s) in force or in process: ${named}${more}.`,
        'geometry',
      ),
    );
  }
  return flags;
}

function areaFlag(right: RightGeometry, areaTolerance: number): QualityFlag | undefined {
  if (right.declaredHa === null || right.declaredHa <= 0) return undefined;
  const hectares = areaHectares(right.polygons);
  const difference = Math.abs(hectares - right.declaredHa) / right.declaredHa;
  if (difference <= areaTolerance) return undefined;
  const ratio = hectares / right.declaredHa;
  const untrusted = ratio > AREA_UNTRUSTED_FACTOR || ratio < 1 / AREA_UNTRUSTED_FACTOR;
  const message = `The polygon measures ${hectares.toFixed(2)} ha on the WGS84 ellipsoid; the cadastre declares ${String(right.declaredHa)} ha (${(difference * 100).toFixed(1)} % apart).`;
  return untrusted
    ? qualityFlag(
        'AREA_DIFFERS_FROM_DECLARED',
        `${message} The polygon is not used to tell which right holds a place until the cadastre corrects it.`,
        'areaHa',
        'ERROR',
      )
    : qualityFlag('AREA_DIFFERS_FROM_DECLARED', message, 'areaHa');
}

function vertexCount(right: RightGeometry): number {
  return right.polygons.reduce(
    (sum, polygon) => sum + polygon.outer.length + polygon.holes.reduce((n, hole) => n + hole.length, 0),
    0,
  );
}
