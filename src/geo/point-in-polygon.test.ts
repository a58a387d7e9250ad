import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { coversPoint, locatePoint } from './point-in-polygon.js';
import { polygonsOf, type Polygon } from './polygon.js';

// A 10 x 10 square with a 4 x 4 hole in the middle (degrees; the test is planar).
const square: Polygon = {
  outer: [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ],
  holes: [
    [
      [3, 3],
      [7, 3],
      [7, 7],
      [3, 7],
      [3, 3],
    ],
  ],
};

describe('point in polygon', () => {
  it('tells inside from outside', () => {
    assert.equal(locatePoint([1, 1], square), 'inside');
    assert.equal(locatePoint([11, 5], square), 'outside');
    assert.equal(locatePoint([-0.000001, 5], square), 'outside');
  });

  it('puts points on edges and vertices on the boundary, which covers them', () => {
    assert.equal(locatePoint([0, 5], square), 'boundary');
    assert.equal(locatePoint([10, 10], square), 'boundary');
    assert.equal(locatePoint([5, 0], square), 'boundary');
    assert.equal(coversPoint([square], [10, 4]), true);
  });

  it('treats a hole as outside and its ring as boundary', () => {
    assert.equal(locatePoint([5, 5], square), 'outside');
    assert.equal(locatePoint([3, 5], square), 'boundary');
    assert.equal(locatePoint([2.999999, 5], square), 'inside');
    assert.equal(coversPoint([square], [5, 5]), false);
  });

  it('handles a concave ring whose ray passes through a vertex', () => {
    // A "V" notch: the ray from (5, 5) to the right passes through the vertex (8, 5).
    const notched = polygonsOf({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [8, 5],
          [10, 10],
          [0, 10],
          [0, 0],
        ],
      ],
    });
    assert.equal(coversPoint(notched, [5, 5]), true);
    assert.equal(coversPoint(notched, [9, 5]), false);
    assert.equal(coversPoint(notched, [8, 5]), true);
  });

  it('reads multipolygons and closes open rings', () => {
    const parts = polygonsOf({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
        [
          [
            [5, 5],
            [6, 5],
            [6, 6],
            [5, 6],
            [5, 5],
          ],
        ],
      ],
    });
    assert.equal(parts.length, 2);
    assert.deepEqual(parts[0]?.outer.at(-1), [0, 0]);
    assert.equal(coversPoint(parts, [5.5, 5.5]), true);
    assert.equal(coversPoint(parts, [3, 3]), false);
  });
});
