import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { polygonDistanceMetres, pointToPolygonMetres } from './distance.js';
import { polygonsOverlap } from './overlap.js';
import type { Polygon } from './polygon.js';

const square = (x: number, y: number, side: number, holes: Polygon['holes'] = []): Polygon[] => [
  {
    outer: [
      [x, y],
      [x + side, y],
      [x + side, y + side],
      [x, y + side],
      [x, y],
    ],
    holes,
  },
];

describe('polygon overlap and distance', () => {
  it('finds crossing, containing and touching polygons, and not separate ones', () => {
    assert.equal(polygonsOverlap(square(0, 0, 2), square(1, 1, 2)), true);
    assert.equal(polygonsOverlap(square(0, 0, 10), square(4, 4, 1)), true);
    assert.equal(polygonsOverlap(square(4, 4, 1), square(0, 0, 10)), true);
    assert.equal(polygonsOverlap(square(0, 0, 1), square(1, 0, 1)), true);
    assert.equal(polygonsOverlap(square(0, 0, 1), square(1.0001, 0, 1)), false);
  });

  it('sees nothing shared by a shape lying in another one’s hole', () => {
    const holed = square(
      0,
      0,
      10,
      square(2, 2, 6).map((p) => p.outer),
    );
    assert.equal(polygonsOverlap(holed, square(4, 4, 1)), false);
    assert.equal(polygonsOverlap(holed, square(1, 1, 2)), true);
  });

  it('measures distances in metres on the ground', () => {
    // 0.01 degree of latitude near the equator is 1,105.7 m (WGS84).
    const right = square(0, 0, 0.01);
    assert.equal(pointToPolygonMetres([0.005, 0.005], right), 0);
    assert.equal(pointToPolygonMetres([0.01, 0.005], right), 0);
    assert.ok(Math.abs(pointToPolygonMetres([0.005, 0.02], right) - 1_105.7) < 1);
    assert.ok(Math.abs(polygonDistanceMetres(right, square(0, 0.02, 0.01)) - 1_105.7) < 1);
    assert.equal(polygonDistanceMetres(right, square(0.005, 0.005, 0.01)), 0);
  });
});
