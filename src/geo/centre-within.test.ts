import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaBox, centreWithin, representativePoint } from './centre-within.js';

const square = (west: number, south: number, side: number): unknown => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, south],
      [west + side, south],
      [west + side, south + side],
      [west, south + side],
      [west, south],
    ],
  ],
});

void describe('places within areas', () => {
  it('places a footprint by its centre, and a point by itself', () => {
    const [x = NaN, y = NaN] = representativePoint(square(-70, -13, 0.25)) ?? [];
    assert.deepEqual([x, y], [-69.875, -12.875]);
    assert.deepEqual(representativePoint({ type: 'Point', coordinates: [-70.1, -12.5] }), [-70.1, -12.5]);
    assert.equal(representativePoint({ type: 'LineString', coordinates: [] }), null);
  });

  it('counts a footprint whose centre is inside, even when it spills over the edge', () => {
    const right = square(-70, -13, 1);
    assert.equal(centreWithin(right, square(-69.1, -12.5, 0.2)), true);
    assert.equal(centreWithin(right, square(-68.95, -12.5, 0.2)), false);
    assert.equal(centreWithin(null, square(-69.5, -12.5, 0.1)), false);
  });

  it('gives the box of an area', () => {
    assert.deepEqual(areaBox(square(-70, -13, 1)), { minX: -70, minY: -13, maxX: -69, maxY: -12 });
    assert.equal(areaBox(undefined), null);
  });
});
