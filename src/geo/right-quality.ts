import { qualityFlag, type QualityFlag } from '@veta/standard';
import { areaHectares } from './area.js';
import type { Polygon } from './polygon.js';
import { interiorsOverlap, selfIntersects } from './self-intersection.js';
import { SpatialIndex } from './spatial-index.js';

/** A mining right's boundary as the cadastre gives it, with the hectares it declares. */
export interface RightGeometry {
  id: string;
  polygons: readonly Polygon[];
  declaredHa: number | null;
  /** Lapsed rights no longer hold ground, so they overlap nothing. */
  active: boolean;
}

// One overlap flag per right names this many of the rights it overlaps.
const NAMED_OVERLAPS = 5;

/** The codes of the flags this module sets, so a new run can replace its own earlier flags. */
export const RIGHT_GEOMETRY_FLAGS = [
  'GEOMETRY_SELF_INTERSECTION',
  'AREA_DIFFERS_FROM_DECLARED',
  'RIGHT_OVERLAP',
];

/**
 * Data-quality flags on mining-right boundaries: a boundary that crosses itself, a polygon whose
 * ellipsoidal area departs from the declared hectares by more than `areaTolerance` (a fraction), and
 * rights in force or in process whose insides overlap (edges shared in a cadastral grid do not count).
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
    if (right.polygons.some(selfIntersects))
      add(
        right.id,
        qualityFlag(
          'GEOMETRY_SELF_INTERSECTION',
          'The boundary crosses itself: its area and any test of what lies inside it are unreliable; ask the cadastre for a corrected polygon.',
          'geometry',
        ),
      );
    const hectares = areaHectares(right.polygons);
    if (right.declaredHa !== null && right.declaredHa > 0) {
      const difference = Math.abs(hectares - right.declaredHa) / right.declaredHa;
      if (difference > areaTolerance)
        add(
          right.id,
          qualityFlag(
            'AREA_DIFFERS_FROM_DECLARED',
            `The polygon measures ${hectares.toFixed(2)} ha on the WGS84 ellipsoid; the cadastre declares ${String(right.declaredHa)} ha (${(difference * 100).toFixed(1)} % apart).`,
            'areaHa',
          ),
        );
    }
  }
  const active = rights.filter((right) => right.active);
  const index = new SpatialIndex(active.map((right) => ({ polygons: right.polygons, value: right })));
  for (const right of active) {
    const others = index
      .nearPolygons(right.polygons, 0)
      .map((item) => item.value)
      .filter(
        (other) =>
          other.id !== right.id &&
          right.polygons.some((p) => other.polygons.some((q) => interiorsOverlap(p, q))),
      )
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
