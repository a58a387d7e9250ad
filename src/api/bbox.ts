import { VetaError } from '../core/veta-error.js';
import type { BoundingBox } from '../store/rights/right-queries.js';

/** A `west,south,east,north` map window (already matched by BboxParameter's pattern), checked for sense. */
export function parseBbox(text: string | undefined): BoundingBox | undefined {
  if (text === undefined) return undefined;
  const [west = NaN, south = NaN, east = NaN, north = NaN] = text.split(',').map(Number);
  const valid = west >= -180 && east <= 180 && south >= -90 && north <= 90 && west < east && south < north;
  if (!valid) {
    throw new VetaError(
      'USAGE',
      `The map window "${text}" is not west,south,east,north in degrees with west < east and south < north.`,
    );
  }
  return [west, south, east, north];
}
