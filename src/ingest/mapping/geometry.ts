import { Type } from 'typebox';
import { wktToGeoJSON } from '@terraformer/wkt';
import { readLimitExceeded } from '../readers/read-limits.js';
import { cell, EMPTY, problem, value, type TransformDefinition, type TransformInput } from './transform.js';

const WktParams = Type.Object(
  { use: Type.Literal('wkt'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** A POLYGON or MULTIPOLYGON in WKT (WGS84 longitude/latitude) as a GeoJSON geometry. */
export const wktTransform: TransformDefinition<typeof WktParams> = {
  name: 'wkt',
  summary: 'A WKT polygon or multipolygon, as a GeoJSON geometry.',
  params: WktParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    checkVertexCount(text, input, params.column);
    try {
      return value(wktToGeoJSON(text));
    } catch (error) {
      const reason =
        error instanceof Error ? (error.message.split('\n').at(-1) ?? error.message) : String(error);
      return problem('GEOMETRY_INVALID', `The WKT cannot be read (${reason}).`);
    }
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
  { use: Type.Literal('geojson'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** A GeoJSON geometry, as the GeoJSON reader passes it. */
export const geoJsonTransform: TransformDefinition<typeof GeoJsonParams> = {
  name: 'geojson',
  summary: 'A GeoJSON geometry.',
  params: GeoJsonParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    try {
      return value(JSON.parse(text) as unknown);
    } catch {
      return problem('GEOMETRY_INVALID', 'The geometry is not valid JSON.');
    }
  },
};
