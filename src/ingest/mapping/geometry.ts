import { Type } from 'typebox';
import { qualityFlag, resolveCountry } from '@veta/standard';
import { wktToGeoJSON } from '@terraformer/wkt';
import { representativePoint } from '../../geo/centre-within.js';
import { countryAt } from '../../geo/country-boundaries.js';
import { checkGeometry, readAreaGeometry } from '../../geo/geometry-check.js';
import { readLimitExceeded } from '../readers/read-limits.js';
import {
  cell,
  EMPTY,
  listItems,
  problem,
  value,
  type TransformDefinition,
  type TransformInput,
  type TransformResult,
} from './transform.js';

const WktParams = Type.Object(
  { use: Type.Literal('wkt'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** A POLYGON or MULTIPOLYGON in WKT (WGS84 longitude/latitude) as a GeoJSON geometry, checked. */
export const wktTransform: TransformDefinition<typeof WktParams> = {
  name: 'wkt',
  summary: 'A WKT polygon or multipolygon, as a GeoJSON geometry.',
  params: WktParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    checkVertexCount(text, input, params.column);
    let geometry: unknown;
    try {
      geometry = wktToGeoJSON(text);
    } catch (error) {
      const reason =
        error instanceof Error ? (error.message.split('\n').at(-1) ?? error.message) : String(error);
      return unreadable(`The WKT cannot be read (${reason}).`, params.required === true);
    }
    return checked(geometry, input, params.required === true);
  },
};

/**
 * Fails the file when a WKT geometry has more vertices than the bound, before it is parsed: one
 * polygon of a million vertices took the embedded server 49 s. Commas separate every vertex from
 * the next (across rings and polygons too), so they count the vertices without parsing.
 */
function checkVertexCount(text: string, input: TransformInput, column: string): void {
  const max = input.limits.maxVertices;
  if (text.length <= max) return;
  let vertices = 1;
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) vertices++;
  if (vertices > max)
    throw readLimitExceeded(
      input.file,
      'maxVertices',
      input.limits,
      `row ${input.row.rowNumber}, column ${column}, holds a geometry of ${vertices.toLocaleString('en')} vertices`,
    );
}

const GeoJsonParams = Type.Object(
  {
    use: Type.Literal('geojson'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** For a layout of no one country: the column listing the record's countries (comma list). */
    countriesColumn: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

/** A GeoJSON geometry, as the GeoJSON reader passes it, checked. */
export const geoJsonTransform: TransformDefinition<typeof GeoJsonParams> = {
  name: 'geojson',
  summary: 'A GeoJSON geometry.',
  params: GeoJsonParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    let geometry: unknown;
    try {
      geometry = JSON.parse(text) as unknown;
    } catch {
      return unreadable('The geometry is not valid JSON.', params.required === true);
    }
    return checked(geometry, input, params.required === true, params.countriesColumn);
  },
};

const PlaceCountryParams = Type.Object(
  { use: Type.Literal('place-country'), column: Type.String() },
  { additionalProperties: false },
);

/**
 * The country whose reference boundary (Natural Earth, shipped with Veta) holds the centre of a
 * GeoJSON geometry: where a satellite detection lies, taken from no other uploaded record. Empty
 * when no boundary holds it or the geometry is unusable (the geometry's own field says why).
 */
export const placeCountryTransform: TransformDefinition<typeof PlaceCountryParams> = {
  name: 'place-country',
  summary: 'The country whose reference boundary holds the centre of a GeoJSON geometry.',
  params: PlaceCountryParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    let geometry: unknown;
    try {
      geometry = JSON.parse(text) as unknown;
    } catch {
      return EMPTY;
    }
    // The geometry's own field says what is wrong with an unusable one.
    const read = readAreaGeometry(geometry);
    const point = typeof read === 'string' ? null : representativePoint(read.geometry);
    const country = point === null ? null : countryAt(point);
    return country === null ? EMPTY : value(country);
  },
};

// A geometry that is no place on Earth rejects the row where the record is its geometry (a detection,
// an area); elsewhere (a right's boundary) the record is kept without it, flagged, the cell in `raw`.
function unreadable(message: string, required: boolean): TransformResult {
  return required
    ? problem('GEOMETRY_INVALID', message)
    : value(undefined, [
        qualityFlag(
          'GEOMETRY_INVALID',
          `${message} The record is kept without its boundary.`,
          'geometry',
          'ERROR',
        ),
      ]);
}

function checked(
  geometry: unknown,
  input: TransformInput,
  required: boolean,
  countriesColumn?: string,
): TransformResult {
  const result = checkGeometry(geometry, countriesOf(input, countriesColumn));
  if (!result.usable) return unreadable(`The geometry is unusable: ${result.reason}.`, required);
  return value(result.geometry, result.flags);
}

// The layout's country, else those the row names (a protected area may straddle a border); a name
// Veta cannot resolve leaves the extent unchecked, as the countries field itself reports it.
function countriesOf(input: TransformInput, countriesColumn: string | undefined): string[] {
  if (input.country !== undefined) return [input.country];
  const named = listItems(cell(input, countriesColumn), ',').map((term) => resolveCountry(term)?.alpha2);
  return named.every((code) => code !== undefined) ? named : [];
}
