import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isVetaError } from '../../core/veta-error.js';
import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import { wktTransform } from './geometry.js';
import { transformInput } from './testing/transform-input.js';

const PARAMS = { use: 'wkt', column: 'WKT' } as const;

/** A closed ring of `vertices` points, as WKT: the first point repeated last. */
function ring(vertices: number): string {
  const points = Array.from({ length: vertices - 1 }, (_, index) => `${-70 - index / vertices} -12`);
  return `POLYGON((${[...points, points[0]].join(',')}))`;
}

describe('wktTransform', () => {
  it('refuses a polygon of a million vertices at the default limit, before parsing it', () => {
    const input = transformInput({ WKT: `POLYGON((${'-70 -12,'.repeat(999_999)}-70 -12))` });
    assert.throws(
      () => wktTransform.run(PARAMS, input),
      (error: unknown) => {
        assert.ok(isVetaError(error, 'READ_LIMIT'));
        assert.equal(
          error.message,
          'TEST.csv was not loaded: row 2, column WKT, holds a geometry of 1,000,000 vertices, past the limit of 250,000 vertices in one geometry. Split or simplify the file, or raise VETA_MAX_VERTICES if it is genuine.',
        );
        return true;
      },
    );
  });

  it('counts the vertices of every ring and polygon of a multipolygon against the limit', () => {
    const limits = { ...DEFAULT_READ_LIMITS, maxVertices: 8 };
    const square = '((0 0,1 0,1 1,0 0))';
    const input = (text: string): ReturnType<typeof transformInput> =>
      transformInput({ WKT: text }, { limits });
    assert.equal(wktTransform.run(PARAMS, input(`MULTIPOLYGON(${square},${square})`)).ok, true);
    assert.throws(
      () => wktTransform.run(PARAMS, input(`MULTIPOLYGON(${square},${square},${square})`)),
      /12 vertices/,
    );
    assert.equal(wktTransform.run(PARAMS, input(ring(8))).ok, true);
    assert.throws(() => wktTransform.run(PARAMS, input(ring(9))), /9 vertices/);
  });
});
