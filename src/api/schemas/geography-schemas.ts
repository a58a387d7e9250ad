import { Type } from 'typebox';
import { BboxParameter, FeatureCollection, Geometry } from './geojson.js';
import { CountryCode, IsoDay, Nullable, Page } from './common.js';

/** GET /rights query. */
export const RightsQuery = Type.Object({
  country: Type.Optional(CountryCode),
  bbox: Type.Optional(BboxParameter),
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 1000 }),
});

const Holder = Type.Object({
  id: Type.String({ description: 'Canonical id, e.g. PE:RUC:20123456789.' }),
  name: Nullable(Type.String()),
  entity: Nullable(Type.String({ description: 'The entity holding the party, for GET /entities/:id.' })),
});

/** What the map shows of a right. */
export const RightProperties = Type.Object({
  id: Type.String(),
  code: Type.String({ description: 'National code as written.' }),
  name: Nullable(Type.String()),
  country: Nullable(Type.String()),
  status: Nullable(Type.String({ description: 'Harmonised legal status, e.g. IN_FORCE.' })),
  statusNational: Nullable(Type.String({ description: 'The status as the cadastre writes it.' })),
  kind: Nullable(Type.String()),
  hectares: Nullable(Type.Number()),
  flags: Type.Array(Type.String(), { description: 'Boundary quality flags, e.g. RIGHT_OVERLAP.' }),
  holders: Type.Array(Holder),
  alerts: Type.Integer({ description: 'Alerts naming the right.' }),
});

/** GET /rights answer. */
export const RightsCollection = FeatureCollection(RightProperties);

/** One month of a right. */
const RightMonth = Type.Object({
  month: Type.String({ description: 'YYYY-MM.' }),
  declaredKg: Nullable(
    Type.Number({ description: 'Production declared for the right, spread over its months.' }),
  ),
  declaredIsFine: Nullable(Type.Boolean()),
  purchasedFineKg: Nullable(Type.Number({ description: 'Fine metal bought naming the right as origin.' })),
  purchases: Type.Integer(),
  capacityKg: Nullable(Type.Number({ description: 'Authorised capacity for a month.' })),
});

const DetectionProperties = Type.Object({
  id: Type.String(),
  detectedOn: Nullable(IsoDay),
  areaHa: Nullable(Type.Number()),
  confidence: Nullable(Type.Number()),
  source: Nullable(Type.String()),
  countries: Type.Array(Type.String(), { description: 'Countries of the rights or areas it lies in.' }),
  layout: Type.String(),
  file: Type.String(),
  row: Type.Integer(),
});

/** GET /rights/:id answer. */
export const RightDetail = Type.Object({
  ...RightProperties.properties,
  geometry: Nullable(Geometry),
  layout: Type.String(),
  file: Type.String(),
  row: Type.Integer(),
  grantedOn: Nullable(Type.String()),
  expiresOn: Nullable(Type.String()),
  adminArea: Nullable(Type.Record(Type.String(), Type.Unknown())),
  capacity: Nullable(
    Type.Object({
      value: Type.Number(),
      unit: Type.String(),
      period: Type.String(),
      metal: Nullable(Type.String()),
      kgPerMonth: Nullable(Type.Number()),
    }),
  ),
  months: Type.Array(RightMonth),
  inputs: Type.Array(
    Type.Object({
      month: Type.String(),
      input: Type.String({ description: 'MERCURY, SODIUM_CYANIDE, EXPLOSIVES…' }),
      unit: Nullable(Type.String()),
      quantity: Type.Number(),
      deliveries: Type.Integer(),
      recipients: Type.Array(Type.String()),
    }),
  ),
  detections: Type.Array(
    Type.Object({ ...DetectionProperties.properties, point: Type.Array(Type.Number()) }),
  ),
});

/** GET /detections query. */
export const DetectionsQuery = Type.Object({
  bbox: Type.Optional(BboxParameter),
  from: Type.Optional(IsoDay),
  to: Type.Optional(IsoDay),
  limit: Type.Integer({ minimum: 1, maximum: 10000, default: 2000 }),
});

/** GET /detections answer: each detection as a point at the centre of its footprint. */
export const DetectionsCollection = FeatureCollection(DetectionProperties);

/** GET /protected-areas answer. */
export const AreasCollection = FeatureCollection(
  Type.Object({
    id: Type.String(),
    kind: Type.String({ description: 'PROTECTED_AREA or INDIGENOUS_TERRITORY.' }),
    name: Nullable(Type.String()),
    designation: Nullable(Type.String()),
    countries: Type.Array(Type.String()),
    areaHa: Nullable(Type.Number()),
    layout: Type.String(),
    file: Type.String(),
    row: Type.Integer(),
  }),
);

/** GET /reconciliation query. */
export const ReconciliationQuery = Type.Object({
  country: Type.Optional(CountryCode),
  from: Type.Optional(IsoDay),
  to: Type.Optional(IsoDay),
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 1000 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

const Figure = Type.Object({
  fineKg: Type.Number(),
  usd: Nullable(Type.Number()),
  usdBasis: Nullable(
    Type.String({
      description: 'declared, reference (the month’s gold price), or mixed; null with no flow.',
    }),
  ),
});

/** GET /reconciliation answer: one row per country and month. */
export const ReconciliationPage = Page(
  Type.Object({
    country: Type.String(),
    month: Type.String({ description: 'YYYY-MM.' }),
    production: Figure,
    purchases: Figure,
    exports: Figure,
    partnerImports: Figure,
  }),
);
