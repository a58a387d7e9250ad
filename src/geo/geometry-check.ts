import { qualityFlag, type QualityFlag } from '@veta/standard';
import { countryExtent } from './country-boundaries.js';
import { boxOf, polygonsOf, type AreaGeoJson, type Box } from './polygon.js';
import { checkBoundary } from './self-intersection.js';
import { grown } from './spatial-index.js';

/** What checking a geometry as read found: a usable shape with its flags, or why it is no place on Earth. */
export type GeometryCheck =
  { usable: true; geometry: AreaGeoJson; flags: QualityFlag[] } | { usable: false; reason: string };

/** How far (metres) a record's shape may reach past its country's reference boundary box: border rights and coarse data. */
export const COUNTRY_MARGIN_METRES = 50_000;

// A polygon's rings of positions.
type Coordinates = number[][][];

/**
 * Checks a geometry read from a file (GeoJSON or WKT) before it is stored. Unusable: not a Polygon
 * or MultiPolygon, a coordinate that is not a finite number or lies outside WGS84 (longitude
 * −180..180, latitude −90..90), a ring of fewer than four positions. Usable, flagged ERROR (kept out
 * of spatial attribution): a ring left open (closed here), a boundary crossing itself or too
 * intricate to check, a shape reaching past its countries' extent plus COUNTRY_MARGIN_METRES.
 */
export function checkGeometry(value: unknown, countries: readonly string[]): GeometryCheck {
  const read = readAreaGeometry(value);
  if (typeof read === 'string') return { usable: false, reason: read };
  const { geometry, opened } = read;
  const flags: QualityFlag[] = [];
  if (opened > 0)
    flags.push(
      geometryFlag(
        'GEOMETRY_RING_NOT_CLOSED',
        `${String(opened)} ring(s) do not end where they start; Veta closed them, but the shape may not be the one meant.`,
      ),
    );
  const polygons = polygonsOf(geometry);
  const checks = polygons.map(checkBoundary);
  if (checks.includes('crosses'))
    flags.push(
      geometryFlag(
        'GEOMETRY_SELF_INTERSECTION',
        'The boundary crosses itself: its area and any test of what lies inside it are unreliable; ask the source for a corrected polygon.',
      ),
    );
  else if (checks.includes('too-complex'))
    flags.push(
      geometryFlag(
        'GEOMETRY_TOO_COMPLEX',
        'The boundary is too intricate to check for self-crossings; ask the source for a simplified polygon.',
      ),
    );
  const outside = outsideCountries(boxOf(polygons), countries);
  if (outside) flags.push(geometryFlag('GEOMETRY_OUTSIDE_COUNTRY', outside));
  return { usable: true, geometry, flags };
}

/**
 * A Polygon or MultiPolygon of finite WGS84 positions, its rings closed (and how many were open), or
 * why the value is no place on Earth: the structural half of checkGeometry, for a reader that needs
 * only the shape (a detection's centre).
 */
export function readAreaGeometry(value: unknown): { geometry: AreaGeoJson; opened: number } | string {
  const parts = polygonParts(value);
  if (typeof parts === 'string') return parts;
  let opened = 0;
  for (const rings of parts) {
    if (rings.length === 0) return 'a polygon has no ring';
    for (const ring of rings) {
      if (closeRing(ring)) opened += 1;
      if (ring.length < 4) return 'a ring has fewer than three distinct corners';
    }
  }
  const geometry: AreaGeoJson =
    (value as { type: string }).type === 'Polygon'
      ? { type: 'Polygon', coordinates: parts[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: parts };
  return { geometry, opened };
}

function geometryFlag(code: string, message: string): QualityFlag {
  return qualityFlag(
    code,
    `${message} The shape is not used to tell which right or area holds a place.`,
    'geometry',
    'ERROR',
  );
}

// A Polygon's rings, or a MultiPolygon's polygons' rings, as fresh arrays of checked positions (so
// closing a ring touches no input), or what is wrong with them.
function polygonParts(value: unknown): Coordinates[] | string {
  if (typeof value !== 'object' || value === null) return 'it is not a geometry';
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return `it is a ${typeof type === 'string' ? type : 'shape of no type'}, not a Polygon or MultiPolygon`;
  const parts = type === 'Polygon' ? [coordinates] : coordinates;
  if (!Array.isArray(parts)) return 'its coordinates are not nested as GeoJSON nests them';
  const checked: Coordinates[] = [];
  for (const rings of parts as unknown[]) {
    if (!Array.isArray(rings)) return 'its coordinates are not nested as GeoJSON nests them';
    const polygon: number[][][] = [];
    for (const ring of rings as unknown[]) {
      if (!Array.isArray(ring)) return 'its coordinates are not nested as GeoJSON nests them';
      const positions: number[][] = [];
      for (const position of ring as unknown[]) {
        const read = readPosition(position);
        if (typeof read === 'string') return read;
        positions.push(read);
      }
      polygon.push(positions);
    }
    checked.push(polygon);
  }
  return checked;
}

function readPosition(position: unknown): number[] | string {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3)
    return 'a position does not have two or three numbers';
  const numbers: number[] = [];
  for (const n of position as unknown[]) {
    if (typeof n !== 'number' || !Number.isFinite(n)) return 'a coordinate is not a finite number';
    numbers.push(n);
  }
  const [x = 0, y = 0] = numbers;
  if (x < -180 || x > 180 || y < -90 || y > 90)
    return `the position [${String(x)}, ${String(y)}] lies outside WGS84 (longitude −180 to 180, latitude −90 to 90)`;
  return numbers;
}

/** Closes a ring in place; true when it was open. */
function closeRing(ring: number[][]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return false;
  ring.push([...first]);
  return true;
}

// Beyond the box around its countries' reference boundaries (a territory may straddle a border), grown
// by the margin; unchecked when the record names no country, or one Veta holds no boundary of.
function outsideCountries(box: Box, countries: readonly string[]): string | undefined {
  const extents = countries.map(countryExtent);
  if (extents.length === 0 || extents.some((extent) => extent === undefined)) return undefined;
  const extent = boxOfBoxes(extents.flatMap((known) => (known ? [known] : [])));
  const allowed = grown(extent, COUNTRY_MARGIN_METRES);
  if (
    box.minX >= allowed.minX &&
    box.maxX <= allowed.maxX &&
    box.minY >= allowed.minY &&
    box.maxY <= allowed.maxY
  )
    return undefined;
  const degrees = (n: number): string => n.toFixed(2);
  return `The shape spans longitude ${degrees(box.minX)} to ${degrees(box.maxX)}, latitude ${degrees(box.minY)} to ${degrees(box.maxY)}: beyond ${countries.join(', ')} (${degrees(extent.minX)} to ${degrees(extent.maxX)}, ${degrees(extent.minY)} to ${degrees(extent.maxY)}) by more than ${String(COUNTRY_MARGIN_METRES / 1000)} km.`;
}

function boxOfBoxes(boxes: readonly Box[]): Box {
  return {
    minX: Math.min(...boxes.map((box) => box.minX)),
    minY: Math.min(...boxes.map((box) => box.minY)),
    maxX: Math.max(...boxes.map((box) => box.maxX)),
    maxY: Math.max(...boxes.map((box) => box.maxY)),
  };
}
