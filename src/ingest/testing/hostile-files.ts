import fc from 'fast-check';
import { comprasLine, COMPRAS_HEADER } from './compras-file.js';

/**
 * Generated hostile inputs for the readers' fuzz tests: pieces that matter to each format (quotes,
 * separators, line breaks, NUL, invalid and mixed encodings, long runs, deep or huge geometries)
 * strung together at random, so that every path of a reader, its limits among them, is walked.
 */

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

const CSV_PIECES: readonly Buffer[] = [
  utf8(';'),
  utf8(','),
  utf8('"'),
  utf8('""'),
  utf8('\n'),
  utf8('\r\n'),
  utf8('\r'),
  utf8('\0'),
  utf8('\uFEFF'),
  utf8('Peña Núñez'),
  latin1('PEÑA NÚÑEZ'),
  Buffer.from([0xff]),
  Buffer.from([0xc3]),
  Buffer.from([0xe2, 0x82]),
  utf8('\u0007'),
  utf8('05/03/2024'),
  utf8('20131312955'),
  utf8('1e309'),
  utf8('-0'),
];

/** A run of one piece, up to a few thousand characters: long enough to pass lowered limits. */
const run = (pieces: readonly Buffer[]): fc.Arbitrary<Buffer> =>
  fc
    .tuple(fc.constantFrom(...pieces), fc.integer({ min: 1, max: 3000 }))
    .map(([piece, times]) => Buffer.concat(Array.from({ length: times }, () => piece)));

const csvLine = fc
  .integer({ min: 0, max: 9999 })
  .map((n) => utf8(`${comprasLine(`F${n}`, 1 + (n % 97))}\r\n`));

/** A PE-COMPRAS file with hostile pieces, runs and random bytes among valid lines. */
export const hostileCsv: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        { weight: 4, arbitrary: csvLine },
        { weight: 4, arbitrary: fc.constantFrom(...CSV_PIECES) },
        { weight: 1, arbitrary: run(CSV_PIECES) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
      ),
      { maxLength: 60 },
    ),
  )
  .map(([withHeader, parts]) => Buffer.concat([utf8(withHeader ? `${COMPRAS_HEADER}\r\n` : ''), ...parts]));

const coordinate = fc.oneof(
  fc.double({ noNaN: true, min: -200, max: 200 }),
  fc.constantFrom(Infinity, -0, 0, Number.MAX_VALUE),
);
const position = fc.array(coordinate, { minLength: 0, maxLength: 4 });
const ring = fc.array(position, { maxLength: 40 });
const geometry = fc.oneof(
  fc.record({
    type: fc.constantFrom('Polygon', 'LineString', 'Point', 'Bogus'),
    coordinates: fc.array(ring, { maxLength: 3 }),
  }),
  fc.record({
    type: fc.constant('MultiPolygon'),
    coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 3 }),
  }),
  fc.constantFrom(null, 'POLYGON((0 0))', 42),
);
const feature = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      type: fc.constant('Feature'),
      properties: fc.oneof(
        fc.record({
          id: fc.string(),
          name: fc.string({ unit: 'binary' }),
          kind: fc.constantFrom('PROTECTED_AREA', 'X', ''),
        }),
        fc.jsonValue({ maxDepth: 3 }),
      ),
      geometry,
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
);

/** A PROTECTED-AREAS GeoJSON text: generated features, sometimes cut short or with bytes spliced in. */
export const hostileGeoJson: fc.Arbitrary<Buffer> = fc
  .tuple(
    fc.array(feature, { maxLength: 12 }),
    fc.oneof(fc.constant(undefined), fc.nat()),
    fc.uint8Array({ maxLength: 8 }),
  )
  .map(([features, cut, spliced]) => {
    const text = utf8(JSON.stringify({ type: 'FeatureCollection', features }));
    if (cut === undefined) return text;
    const at = cut % (text.length + 1);
    return Buffer.concat([text.subarray(0, at), Buffer.from(spliced), text.subarray(at)]);
  });

const WKT_PIECES = [
  'POLYGON',
  'MULTIPOLYGON',
  'POINT',
  'EMPTY',
  '(',
  '((',
  ')',
  '))',
  ',',
  ' ',
  '-77.48',
  '1e309',
  'NaN',
  'Z',
  ';',
];

/** A WKT text: its tokens strung together at random, sometimes a long run of vertices. */
export const hostileWkt: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...WKT_PIECES), { maxLength: 40 }).map((tokens) => tokens.join('')),
  fc
    .integer({ min: 1, max: 5000 })
    .map((vertices) => `POLYGON((${'-77.4 -7.9,'.repeat(vertices)}-77.4 -7.9))`),
  fc.string({ unit: 'binary', maxLength: 200 }),
);
