import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { polygonsOf, type Polygon } from './polygon.js';
import { rightGeometryFlags, type RightGeometry } from './right-quality.js';
import { selfIntersects } from './self-intersection.js';

const square = (west: number, south: number, side: number): Polygon[] =>
  polygonsOf({
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

// 0.01 x 0.01 degree at the equator: 1,113.2 m x 1,105.7 m = 123.1 ha on the WGS84 ellipsoid.
const right = (
  id: string,
  west: number,
  declaredHa: number | null = 123.1,
  active = true,
): RightGeometry => ({
  id,
  polygons: square(west, 0, 0.01),
  declaredHa,
  active,
});

const codes = (flags: Map<string, { code: string }[]>, id: string): string[] =>
  (flags.get(id) ?? []).map((flag) => flag.code);

describe('mining-right geometry quality', () => {
  it('finds a bow-tie ring crossing itself, and not a square or a square with a hole', () => {
    const bowTie = polygonsOf({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ],
      ],
    });
    assert.equal(selfIntersects(bowTie[0] ?? { outer: [], holes: [] }), true);
    assert.equal(selfIntersects(square(0, 0, 1)[0] ?? { outer: [], holes: [] }), false);
    const holed = polygonsOf({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
        [
          [1, 1],
          [2, 1],
          [2, 2],
          [1, 2],
          [1, 1],
        ],
      ],
    });
    assert.equal(selfIntersects(holed[0] ?? { outer: [], holes: [] }), false);
  });

  it('flags a polygon more than 5 % from its declared hectares, not one within it', () => {
    const flags = rightGeometryFlags([right('A', 0, 123.1), right('B', 1, 129), right('C', 2, 130)]);
    assert.deepEqual(codes(flags, 'A'), []);
    assert.deepEqual(codes(flags, 'B'), []);
    assert.deepEqual(codes(flags, 'C'), ['AREA_DIFFERS_FROM_DECLARED']);
    assert.match(flags.get('C')?.[0]?.message ?? '', /measures 123\.\d\d ha .* declares 130 ha/);
  });

  it('flags rights whose insides overlap, not rights edge to edge nor lapsed ones', () => {
    const flags = rightGeometryFlags([
      right('A', 0),
      right('B', 0.005),
      right('C', 0.012),
      right('D', 0.002, 123.1, false),
    ]);
    assert.deepEqual(codes(flags, 'A'), ['RIGHT_OVERLAP']);
    assert.deepEqual(codes(flags, 'B'), ['RIGHT_OVERLAP']);
    assert.match(
      flags.get('B')?.[0]?.message ?? '',
      /overlaps 2 other right\(s\) in force or in process: A, C\./,
    );
    assert.deepEqual(codes(flags, 'C'), ['RIGHT_OVERLAP']);
    const edgeToEdge = rightGeometryFlags([right('E', 0), right('F', 0.01)]);
    assert.deepEqual([codes(edgeToEdge, 'E'), codes(edgeToEdge, 'F')], [[], []]);
    assert.deepEqual(codes(flags, 'D'), []);
  });
  it('makes a polygon far from its declared hectares an ERROR, and a near one a WARNING', () => {
    const flags = rightGeometryFlags([right('NEAR', 0, 110), right('FAR', 1, 50), right('HUGE', 2, 500)]);
    const severities = (id: string): (string | undefined)[] =>
      (flags.get(id) ?? []).map((flag) => flag.severity);
    assert.deepEqual(
      [severities('NEAR'), severities('FAR'), severities('HUGE')],
      [['WARNING'], ['ERROR'], ['ERROR']],
    );
  });

  it('leaves rights of thousands of vertices out of the edge-by-edge overlap test', () => {
    const circle = (id: string, east: number): RightGeometry => {
      const ring = Array.from({ length: 6_000 }, (_, i): [number, number] => [
        east + 0.01 * Math.cos((2 * Math.PI * i) / 6_000),
        0.01 * Math.sin((2 * Math.PI * i) / 6_000),
      ]);
      return {
        id,
        polygons: polygonsOf({ type: 'Polygon', coordinates: [[...ring, ring[0] ?? [0, 0]]] }),
        declaredHa: null,
        active: true,
      };
    };
    const flags = rightGeometryFlags([circle('BIG1', 0), circle('BIG2', 0.005)]);
    assert.deepEqual([codes(flags, 'BIG1'), codes(flags, 'BIG2')], [[], []]);
  });

  it('compares a right with a bounded number of others, and flags one among too many as unchecked', () => {
    // 202 rights stacked on one place: each meets 201 others, past the 200 compared edge by edge.
    const stacked = Array.from({ length: 202 }, (_, i) => right(`S${String(i)}`, 0));
    const flags = rightGeometryFlags([...stacked, right('APART', 1)]);
    assert.deepEqual(codes(flags, 'S0'), ['RIGHT_OVERLAP_UNCHECKED']);
    assert.match(flags.get('S0')?.[0]?.message ?? '', /meets 201 other rights .* was not checked/);
    assert.deepEqual(codes(flags, 'APART'), []);
    assert.equal(flags.get('S0')?.[0]?.severity, 'WARNING');
  });
});
