import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkGeometry } from './geometry-check.js';
import { countryAt, countryExtent } from './country-boundaries.js';
import { polygonsOf } from './polygon.js';
import { checkBoundary } from './self-intersection.js';

const polygon = (...rings: number[][][]) => ({ type: 'Polygon', coordinates: rings });
// A small square in Madre de Dios, Peru.
const peruSquare = [
  [-70.5, -12.9],
  [-70.4, -12.9],
  [-70.4, -12.8],
  [-70.5, -12.8],
  [-70.5, -12.9],
];

const flagCodes = (value: unknown, countries: readonly string[] = []): string[] => {
  const result = checkGeometry(value, countries);
  assert.ok(result.usable, result.usable ? '' : result.reason);
  return result.flags.map((flag) => flag.code);
};

const reason = (value: unknown): string => {
  const result = checkGeometry(value, ['PE']);
  assert.equal(result.usable, false);
  return result.usable ? '' : result.reason;
};

/** A ring of `n` vertices around a circle: simple, however many vertices. */
const circle = (n: number): number[][] => {
  const ring = Array.from({ length: n }, (_, i) => [
    -70 + 0.1 * Math.cos((2 * Math.PI * i) / n),
    -12 + 0.1 * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...ring, ring[0] ?? []];
};

describe('geometry checks as read', () => {
  it('passes a closed, simple polygon inside its country unflagged', () => {
    assert.deepEqual(flagCodes(polygon(peruSquare), ['PE']), []);
  });

  it('finds no place on Earth in coordinates out of WGS84, not finite, or not numbers', () => {
    assert.match(
      reason(
        polygon([
          [-70, -95],
          [-69, -12],
          [-69, -13],
          [-70, -95],
        ]),
      ),
      /outside WGS84/,
    );
    assert.match(
      reason(
        polygon([
          [190, -12],
          [-69, -12],
          [-69, -13],
          [190, -12],
        ]),
      ),
      /outside WGS84/,
    );
    assert.match(
      reason(
        polygon([
          [Infinity, -12],
          [-69, -12],
          [-69, -13],
          [Infinity, -12],
        ]),
      ),
      /finite/,
    );
    assert.match(
      reason({
        type: 'Polygon',
        coordinates: [
          [
            ['-70', '-12'],
            [-69, -12],
            [-69, -13],
          ],
        ],
      }),
      /finite/,
    );
    assert.match(
      reason(
        polygon([
          [-70, -12],
          [-69, -12],
          [-70, -12],
        ]),
      ),
      /fewer than three/,
    );
    assert.match(reason({ type: 'Point', coordinates: [-70, -12] }), /Point, not a Polygon/);
    assert.match(reason({ type: 'Polygon', coordinates: 7 }), /nested/);
  });

  it('closes an open ring and flags it', () => {
    const result = checkGeometry(polygon(peruSquare.slice(0, -1)), ['PE']);
    assert.ok(result.usable);
    assert.deepEqual(result.geometry.coordinates, [peruSquare]);
    assert.deepEqual(
      result.flags.map((flag) => [flag.code, flag.severity]),
      [['GEOMETRY_RING_NOT_CLOSED', 'ERROR']],
    );
  });

  it('flags a bow tie and a hole crossing its outer ring, in a Polygon or a MultiPolygon', () => {
    const bowTie = [
      [-70, -12],
      [-69, -11],
      [-69, -12],
      [-70, -11],
      [-70, -12],
    ];
    assert.deepEqual(flagCodes(polygon(bowTie)), ['GEOMETRY_SELF_INTERSECTION']);
    const crossingHole = [
      [-70.45, -12.95],
      [-70.42, -12.95],
      [-70.42, -12.85],
      [-70.45, -12.85],
      [-70.45, -12.95],
    ];
    assert.deepEqual(flagCodes(polygon(peruSquare, crossingHole)), ['GEOMETRY_SELF_INTERSECTION']);
    assert.deepEqual(flagCodes({ type: 'MultiPolygon', coordinates: [[peruSquare], [bowTie]] }), [
      'GEOMETRY_SELF_INTERSECTION',
    ]);
    // A spike: the boundary runs out and back along the same line.
    const spike = [
      [-70, -12],
      [-69, -12],
      [-68, -12],
      [-69, -12],
      [-69, -11],
      [-70, -12],
    ];
    assert.deepEqual(flagCodes(polygon(spike)), ['GEOMETRY_SELF_INTERSECTION']);
    // A vertex written twice is not a crossing.
    const repeated = [
      [-70, -12],
      [-69, -12],
      [-69, -12],
      [-69, -11],
      [-70, -12],
    ];
    assert.deepEqual(flagCodes(polygon(repeated)), []);
  });

  it('checks a 250,000-vertex ring by index, and gives up on a boundary built to defeat it', () => {
    const big = polygonsOf({ type: 'Polygon', coordinates: [circle(250_000)] });
    assert.equal(checkBoundary(big[0] ?? { outer: [], holes: [] }), 'clean');
    // A simple star whose spikes all reach the centre: every edge's box meets every other's.
    const star = Array.from({ length: 20_000 }, (_, i) => {
      const angle = (2 * Math.PI * i) / 20_000;
      const r = i % 2 === 0 ? 1 : 0.001;
      return [-70 + r * Math.cos(angle), -12 + r * Math.sin(angle)];
    });
    const starred = polygonsOf({ type: 'Polygon', coordinates: [[...star, star[0] ?? []]] });
    assert.equal(checkBoundary(starred[0] ?? { outer: [], holes: [] }), 'too-complex');
    assert.deepEqual(flagCodes({ type: 'Polygon', coordinates: [[...star, star[0] ?? []]] }), [
      'GEOMETRY_TOO_COMPLEX',
    ]);
  });

  it('flags a shape reaching past its country, from the shipped reference boundaries', () => {
    const southAmerica = [
      [-81, -40],
      [-35, -40],
      [-35, 12],
      [-81, 12],
      [-81, -40],
    ];
    assert.deepEqual(flagCodes(polygon(southAmerica), ['PE']), ['GEOMETRY_OUTSIDE_COUNTRY']);
    // Just across the border, within the margin: coarse data and border rights are not flagged.
    const acrossTheBorder = [
      [-69.0, -11.0],
      [-68.6, -11.0],
      [-68.6, -10.8],
      [-69.0, -10.8],
      [-69.0, -11.0],
    ];
    assert.deepEqual(flagCodes(polygon(acrossTheBorder), ['PE']), []);
    // A Peruvian right drawn in Colombia.
    const inColombia = [
      [-74, 4],
      [-73.9, 4],
      [-73.9, 4.1],
      [-74, 4.1],
      [-74, 4],
    ];
    assert.deepEqual(flagCodes(polygon(inColombia), ['PE']), ['GEOMETRY_OUTSIDE_COUNTRY']);
    assert.deepEqual(flagCodes(polygon(inColombia), ['CO']), []);
    // A territory straddling a border is checked against the box of both countries.
    const straddling = [
      [-75, -1],
      [-73, -1],
      [-73, 2],
      [-75, 2],
      [-75, -1],
    ];
    assert.deepEqual(flagCodes(polygon(straddling), ['EC']), ['GEOMETRY_OUTSIDE_COUNTRY']);
    assert.deepEqual(flagCodes(polygon(straddling), ['EC', 'CO']), []);
    // A country Veta holds no boundary of leaves the extent unchecked.
    assert.deepEqual(flagCodes(polygon(inColombia), ['PE', 'XX']), []);
  });

  it('names the country holding a point from Natural Earth, or none at sea', () => {
    assert.deepEqual(
      [
        [-70.45, -12.85],
        [-76.68, 5.12],
        [-78.5, -0.2],
        [-68.1, -16.5],
        [-60, -10],
        [-85, -5],
      ].map((point) => countryAt([point[0] ?? 0, point[1] ?? 0])),
      ['PE', 'CO', 'EC', 'BO', 'BR', null],
    );
    const peru = countryExtent('PE');
    assert.ok(peru && peru.minX > -82 && peru.maxX < -68 && peru.minY > -19 && peru.maxY < 0);
    assert.equal(countryExtent('XX'), undefined);
  });
});
