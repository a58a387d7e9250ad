import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SpatialIndex } from './spatial-index.js';
import type { Polygon } from './polygon.js';

const square = (x: number, y: number, side: number): Polygon[] => [
  {
    outer: [
      [x, y],
      [x + side, y],
      [x + side, y + side],
      [x, y + side],
      [x, y],
    ],
    holes: [],
  },
];

describe('spatial index', () => {
  it('returns the shapes whose boxes meet a box or come near a point', () => {
    const index = new SpatialIndex([
      { polygons: square(0, 0, 1), value: 'a' },
      { polygons: square(5, 5, 1), value: 'b' },
    ]);
    assert.deepEqual(
      index.search({ minX: 0.5, minY: 0.5, maxX: 0.6, maxY: 0.6 }).map((item) => item.value),
      ['a'],
    );
    // 0.01 degree is about 1.1 km: within 2 km of the point (1.01, 0.5), not within 500 m.
    assert.deepEqual(
      index.near([1.01, 0.5], 2_000).map((item) => item.value),
      ['a'],
    );
    assert.deepEqual(index.near([1.01, 0.5], 500), []);
  });

  it('answers nothing when empty', () => {
    assert.deepEqual(new SpatialIndex<string>([]).near([0, 0], 1_000), []);
  });
});
