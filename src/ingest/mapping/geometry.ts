import { Type } from 'typebox';
import { wktToGeoJSON } from '@terraformer/wkt';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

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
    try {
      return value(wktToGeoJSON(text));
    } catch (error) {
      const reason =
        error instanceof Error ? (error.message.split('\n').at(-1) ?? error.message) : String(error);
      return problem('GEOMETRY_INVALID', `The WKT cannot be read (${reason}).`);
    }
  },
};

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
