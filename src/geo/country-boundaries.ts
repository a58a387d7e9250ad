import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coversPoint } from './point-in-polygon.js';
import { boxOf, isAreaGeoJson, polygonsOf, type Box, type Polygon, type Position } from './polygon.js';

/** A country's reference boundary (Natural Earth 1:50m) and the box around it. */
interface CountryBoundary {
  readonly country: string;
  readonly polygons: readonly Polygon[];
  readonly box: Box;
}

let boundaries: readonly CountryBoundary[] | undefined;

// Generated once by scripts/write-country-boundaries.js and kept beside the code (tsc copies no JSON):
// the four countries and their neighbours, so a place across a border is named, not guessed.
function loadBoundaries(): readonly CountryBoundary[] {
  if (boundaries) return boundaries;
  const path = fileURLToPath(new URL('../../src/geo/country-boundaries.json', import.meta.url));
  const collection = JSON.parse(readFileSync(path, 'utf8')) as {
    features: { id: string; geometry: unknown }[];
  };
  boundaries = collection.features.flatMap((feature) => {
    if (!isAreaGeoJson(feature.geometry)) return [];
    const polygons = polygonsOf(feature.geometry);
    return [{ country: feature.id, polygons, box: boxOf(polygons) }];
  });
  return boundaries;
}

/** The country (ISO alpha-2) whose reference boundary holds a point, or null when none does (sea, farther lands). */
export function countryAt(point: Position): string | null {
  const [x, y] = point;
  for (const boundary of loadBoundaries()) {
    const { box } = boundary;
    if (x < box.minX || x > box.maxX || y < box.minY || y > box.maxY) continue;
    if (coversPoint(boundary.polygons, point)) return boundary.country;
  }
  return null;
}

/** The box around a country's reference boundary, or undefined for a country Veta holds no boundary of. */
export function countryExtent(country: string): Box | undefined {
  return loadBoundaries().find((boundary) => boundary.country === country)?.box;
}
