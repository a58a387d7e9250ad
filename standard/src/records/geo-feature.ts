import { Type, type Static } from 'typebox';
import { GEO_FEATURE_KINDS, vocabularySchema } from '../codes/vocabularies.js';
import { CountryCode, isoDate, recordBase } from './common.js';
import { AreaGeometry } from './geometry.js';

/** A satellite detection of mining disturbance, a protected area or an indigenous territory. */
export const GeoFeature = Type.Object(
  {
    ...recordBase('GeoFeature'),
    kind: vocabularySchema(GEO_FEATURE_KINDS, 'What the feature is.'),
    name: Type.Optional(Type.String()),
    designation: Type.Optional(Type.String({ description: 'Legal designation, e.g. Reserva Nacional.' })),
    countries: Type.Optional(Type.Array(CountryCode)),
    detectedOn: Type.Optional(isoDate('Date of the satellite detection')),
    areaHa: Type.Optional(Type.Number({ minimum: 0 })),
    confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    source: Type.Optional(Type.String({ description: 'Publisher of the feature.' })),
    geometry: AreaGeometry,
  },
  { additionalProperties: false, title: 'GeoFeature', description: 'A geographic feature.' },
);
export type GeoFeature = Static<typeof GeoFeature>;
