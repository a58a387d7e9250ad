import { Type, type Static } from 'typebox';

// GeoJSON (RFC 7946) geometries in WGS84, positions as [longitude, latitude].
const Position = Type.Array(Type.Number(), {
  minItems: 2,
  maxItems: 3,
  description: '[longitude, latitude]',
});
const LinearRing = Type.Array(Position, { minItems: 4 });

/** A GeoJSON point. */
export const PointGeometry = Type.Object(
  { type: Type.Literal('Point'), coordinates: Position },
  { additionalProperties: false },
);

/** A GeoJSON polygon or multipolygon, the shape of rights, areas and detections. */
export const AreaGeometry = Type.Union(
  [
    Type.Object(
      { type: Type.Literal('Polygon'), coordinates: Type.Array(LinearRing, { minItems: 1 }) },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        type: Type.Literal('MultiPolygon'),
        coordinates: Type.Array(Type.Array(LinearRing, { minItems: 1 })),
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'GeoJSON Polygon or MultiPolygon, WGS84 longitude/latitude.' },
);
export type AreaGeometry = Static<typeof AreaGeometry>;
