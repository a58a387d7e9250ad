import { Type, type TSchema } from 'typebox';

/**
 * A GeoJSON geometry (RFC 7946, WGS84 longitude/latitude). Coordinates are described, not spelled
 * out level by level: serialising thousands of boundaries through a union of nested schemas would
 * cost more than the query that read them.
 */
export const Geometry = Type.Object(
  {
    type: Type.Union([Type.Literal('Point'), Type.Literal('Polygon'), Type.Literal('MultiPolygon')]),
    coordinates: Type.Array(Type.Unknown(), {
      description: 'Positions [longitude, latitude], nested as the geometry type requires.',
    }),
  },
  { description: 'A GeoJSON Point, Polygon or MultiPolygon.' },
);

/** A GeoJSON Feature with these properties (the geometry is null for a right with no boundary). */
export function Feature<Properties extends TSchema>(properties: Properties) {
  return Type.Object({
    type: Type.Literal('Feature'),
    id: Type.String(),
    geometry: Type.Union([Geometry, Type.Null()]),
    properties,
  });
}

/**
 * A GeoJSON FeatureCollection of such features; `total` and `truncated` (foreign members, which
 * GeoJSON allows) say how many matched and whether the limit cut the list.
 */
export function FeatureCollection<Properties extends TSchema>(properties: Properties) {
  return Type.Object({
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(Feature(properties)),
    total: Type.Integer({ minimum: 0 }),
    truncated: Type.Boolean(),
  });
}

/** A map window, `west,south,east,north` in degrees. */
export const BboxParameter = Type.String({
  pattern: '^-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?,-?\\d+(\\.\\d+)?$',
  description: 'Map window as west,south,east,north in WGS84 degrees, e.g. -71,-14,-69,-12.',
});
