import type { Polygon, Ring } from './polygon.js';

// WGS84 semi-major axis (m) and first eccentricity.
const A = 6_378_137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const RADIANS = Math.PI / 180;
const SQUARE_METRES_PER_HECTARE = 10_000;

/**
 * The area of polygons in hectares on the WGS84 ellipsoid. Positions are projected with Lambert's
 * cylindrical equal-area projection of the ellipsoid (x = aλ, y = aq(φ)/2), which keeps areas exactly,
 * and the rings are measured there with the shoelace formula; holes are subtracted. Edges are straight
 * in that projection rather than geodesics, a difference far below a hectare for cadastral polygons.
 */
export function areaHectares(polygons: readonly Polygon[]): number {
  let squareMetres = 0;
  for (const polygon of polygons) {
    squareMetres += ringArea(polygon.outer);
    for (const hole of polygon.holes) squareMetres -= ringArea(hole);
  }
  return squareMetres / SQUARE_METRES_PER_HECTARE;
}

/** The unsigned area of one ring in square metres. */
export function ringArea(ring: Ring): number {
  let twice = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (!a || !b) continue;
    twice += A * (a[0] - b[0]) * RADIANS * (A * (authalic(a[1]) + authalic(b[1])));
  }
  return Math.abs(twice) / 2;
}

/** Half of q(φ), the ellipsoid's authalic function: y / a in the equal-area projection. */
function authalic(latitude: number): number {
  const s = Math.sin(latitude * RADIANS);
  const q = (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
  return q / 2;
}
