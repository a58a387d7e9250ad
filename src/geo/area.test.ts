import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { areaHectares } from './area.js';
import { polygonsOf } from './polygon.js';

const cell = (west: number, south: number, east: number, north: number): number[][] => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

describe('area on the WGS84 ellipsoid', () => {
  it('gives half the ellipsoid surface for the northern hemisphere', () => {
    // WGS84 surface area: 510,065,621.724 km2 (NIMA TR8350.2); a hectare is 0.01 km2.
    const hectares = areaHectares(polygonsOf({ type: 'Polygon', coordinates: [cell(-180, 0, 180, 90)] }));
    assert.ok(Math.abs(hectares - 25_503_281_086.2) < 1_000, String(hectares));
  });

  it('gives a one-degree cell at the equator its ellipsoidal area, not the sphere one', () => {
    // 12,308.8 km2 on the ellipsoid (a sphere of the mean radius gives about 12,364 km2).
    const hectares = areaHectares(polygonsOf({ type: 'Polygon', coordinates: [cell(0, 0, 1, 1)] }));
    assert.ok(Math.abs(hectares / 100 - 12_308.8) < 1, String(hectares / 100));
  });

  it('measures a 1 km square at Tambopata as 100 ha and subtracts a hole', () => {
    // At 12.7 S a degree of latitude is 110.627 km and one of longitude 108.611 km (WGS84).
    const lat = -12.7;
    const dLat = 1 / 110.627;
    const dLon = 1 / 108.611;
    const outer = cell(-69.75, lat, -69.75 + dLon, lat + dLat);
    const hole = cell(-69.75 + dLon / 4, lat + dLat / 4, -69.75 + (3 * dLon) / 4, lat + (3 * dLat) / 4);
    const whole = areaHectares(polygonsOf({ type: 'Polygon', coordinates: [outer] }));
    const holed = areaHectares(polygonsOf({ type: 'Polygon', coordinates: [outer, hole] }));
    assert.ok(Math.abs(whole - 100) < 0.2, String(whole));
    assert.ok(Math.abs(holed - 75) < 0.2, String(holed));
  });

  it('ignores the winding direction', () => {
    const ring = cell(0, 0, 0.01, 0.01);
    const forward = areaHectares(polygonsOf({ type: 'Polygon', coordinates: [ring] }));
    const backward = areaHectares(polygonsOf({ type: 'Polygon', coordinates: [[...ring].reverse()] }));
    assert.equal(forward, backward);
  });
});
