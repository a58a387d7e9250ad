/** A position as GeoJSON writes it: [longitude, latitude] in WGS84 degrees. */
export type Position = readonly [number, number];

/** A closed ring: the first position repeated at the end. */
export type Ring = readonly Position[];

/** A polygon: its outer boundary and the holes cut out of it. */
export interface Polygon {
  readonly outer: Ring;
  readonly holes: readonly Ring[];
}

/** A bounding box in degrees. */
export interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** The GeoJSON geometries that carry an area, as the standard stores them. */
export type AreaGeoJson =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | {
      readonly type: 'MultiPolygon';
      readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[];
    };

/** The polygons of a GeoJSON Polygon or MultiPolygon, every ring closed (GeoJSON allows no open ring, but files do). */
export function polygonsOf(geometry: AreaGeoJson): Polygon[] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts
    .filter((rings) => rings.length > 0)
    .map((rings) => {
      const [outer = [], ...holes] = rings.map(closedRing);
      return { outer, holes };
    });
}

function closedRing(coordinates: readonly (readonly number[])[]): Ring {
  const ring = coordinates.map((c): Position => [c[0] ?? Number.NaN, c[1] ?? Number.NaN]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push(first);
  return ring;
}

/** True when the value looks like a GeoJSON Polygon or MultiPolygon (records read back from jsonb). */
export function isAreaGeoJson(value: unknown): value is AreaGeoJson {
  if (typeof value !== 'object' || value === null) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  return (type === 'Polygon' || type === 'MultiPolygon') && Array.isArray(coordinates);
}

/** The box around some polygons (their outer rings bound them). */
export function boxOf(polygons: readonly Polygon[]): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygons) {
    for (const [x, y] of polygon.outer) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return { minX, minY, maxX, maxY };
}

/** The mean of an outer ring's distinct vertices: a representative point for small, compact shapes. */
export function centreOf(polygons: readonly Polygon[]): Position {
  let x = 0;
  let y = 0;
  let count = 0;
  for (const polygon of polygons) {
    for (const [px, py] of polygon.outer.slice(0, -1)) {
      x += px;
      y += py;
      count += 1;
    }
  }
  return count === 0 ? [Number.NaN, Number.NaN] : [x / count, y / count];
}

/** The segments of a ring, each from one vertex to the next. */
export function* segmentsOf(ring: Ring): Generator<readonly [Position, Position]> {
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a && b) yield [a, b];
  }
}
