import { Type, type Static } from 'typebox';
import { Bilingual, CountryCode, IsoDay, Nullable, Page, Provenance } from './common.js';

/** GET /entities query. */
export const EntitySearchQuery = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'A name (any accents, typos) or an identifier.',
  }),
  country: Type.Optional(CountryCode),
  kind: Type.Optional(Type.Union([Type.Literal('PERSON'), Type.Literal('ORGANISATION')])),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  offset: Type.Integer({ minimum: 0, maximum: 180, default: 0 }),
});

/** An entity found by a search, as the user's records show it. */
export const EntitySummary = Type.Object({
  id: Type.String(),
  kind: Type.String({ description: 'PERSON or ORGANISATION.' }),
  name: Type.String({ description: 'The name its visible records write most.' }),
  names: Type.Array(Type.String(), { description: 'Every name its visible records write, as written.' }),
  countries: Type.Array(Type.String()),
  identifiers: Type.Array(Type.String(), { description: 'Canonical identifiers, e.g. PE:RUC:20123456789.' }),
  records: Type.Integer({ description: 'Visible source records of the entity.' }),
  score: Type.Number({ description: '1 for an exact identifier, else name similarity (0..1).' }),
  exactIdentifier: Type.Boolean(),
});
export type EntitySummary = Static<typeof EntitySummary>;

/** GET /entities answer. */
export const EntitySearchPage = Page(EntitySummary);

/** One source record of an entity, with its provenance. */
export const Identity = Type.Object({
  ...Provenance,
  batchId: Type.Integer(),
  name: Nullable(Type.String({ description: 'The name as the record writes it.' })),
  kind: Nullable(Type.String()),
  identifiers: Type.Array(Type.String()),
  country: Nullable(Type.String()),
});

/** An alert in brief, as lists show it. */
export const AlertBrief = Type.Object({
  id: Type.String(),
  typology: Type.String(),
  typologyName: Bilingual,
  severity: Type.String(),
  score: Type.Number(),
  country: Nullable(Type.String()),
  period: Type.Object({ start: IsoDay, end: IsoDay }),
  subjects: Type.Array(Type.String()),
  title: Bilingual,
  firstDetectedAt: Type.String({ description: 'ISO timestamp.' }),
  lastDetectedAt: Type.String({ description: 'ISO timestamp.' }),
});

/** GET /entities/:id answer. */
export const EntityProfile = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  country: Nullable(Type.String()),
  countries: Type.Array(Type.String()),
  identifiers: Type.Array(Type.String()),
  identities: Type.Array(Identity),
  alerts: Type.Object({ items: Type.Array(AlertBrief), total: Type.Integer() }),
  activity: Type.Object({
    productionDeclarations: Type.Integer(),
    customsDeclarations: Type.Integer(),
    purchases: Type.Integer(),
    sales: Type.Integer(),
    inputDeliveries: Type.Integer(),
    miningRights: Type.Integer(),
  }),
  risk: Nullable(Type.Number({ description: 'Risk score (0..1) once the risk module has scored it.' })),
});

const ChainLink = Type.Object({
  id: Type.String(),
  layout: Type.String(),
  file: Type.String(),
  row: Type.Integer(),
  subject: Type.String(),
  owner: Type.String(),
  interest: Type.String(),
  share: Nullable(Type.Number()),
});

/** GET /entities/:id/owners answer: for each of the entity's parties, the chains above it. */
export const EntityOwners = Type.Object({
  entity: Type.String(),
  subjects: Type.Array(
    Type.Object({
      party: Type.String({ description: 'The canonical id the registers name the entity by.' }),
      depth: Type.Integer({ description: 'The deepest chain followed, in links.' }),
      owners: Type.Array(
        Type.Object({
          party: Type.String(),
          entity: Nullable(Type.String()),
          name: Nullable(Type.String()),
          effectiveShare: Nullable(Type.Number({ description: 'Share (0..1) summed over its chains.' })),
          control: Type.Array(
            Type.Object({ interest: Type.String(), depth: Type.Integer(), via: Type.Array(Type.String()) }),
          ),
          chains: Type.Array(
            Type.Object({
              path: Type.Array(Type.String()),
              share: Nullable(Type.Number()),
              depth: Type.Integer(),
              declared: Type.Boolean(),
              links: Type.Array(ChainLink),
            }),
          ),
        }),
      ),
      loops: Type.Array(Type.Object({ path: Type.Array(Type.String()), links: Type.Array(ChainLink) })),
      undeclaredAbove: Type.Array(Type.String()),
    }),
  ),
});

/** GET /entities/:id/network query. */
export const NetworkQuery = Type.Object({
  hops: Type.Integer({ minimum: 1, maximum: 3, default: 1 }),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 150, description: 'Most nodes returned.' }),
});

/** GET /entities/:id/network answer. */
export const EntityNetwork = Type.Object({
  nodes: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Nullable(Type.String()),
      kind: Type.String({ description: 'PERSON, ORGANISATION, COUNTRY or UNKNOWN.' }),
      country: Nullable(Type.String()),
      hop: Type.Integer(),
      risk: Nullable(Type.Number()),
    }),
  ),
  edges: Type.Array(
    Type.Object({
      source: Type.String(),
      target: Type.String(),
      kind: Type.String({ description: 'OWNERSHIP, CONTROL, SHARED_ADDRESS or TRADE.' }),
      weight: Type.Integer({ description: 'Records the edge rests on.' }),
      fineKg: Nullable(Type.Number()),
      usd: Nullable(Type.Number({ description: 'Fine gold traded at the month’s reference price.' })),
    }),
  ),
  truncated: Type.Boolean(),
  hidden: Type.Integer({ description: 'Neighbours left out as outside the caller’s countries.' }),
});

/** GET /entities/:id/timeline query. */
export const TimelineQuery = Type.Object({
  from: Type.Optional(IsoDay),
  to: Type.Optional(IsoDay),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
});

/** One dated event of an entity. */
export const TimelineEvent = Type.Object({
  kind: Type.String({ description: 'PRODUCTION, PURCHASE, SALE, EXPORT or IMPORT.' }),
  date: IsoDay,
  periodEnd: Nullable(IsoDay),
  ...Provenance,
  country: Nullable(Type.String()),
  metal: Nullable(Type.String()),
  fineKg: Nullable(Type.Number()),
  massKg: Nullable(Type.Number({ description: 'Gross (transactions), net (customs) or declared mass.' })),
  usd: Nullable(Type.Number()),
  usdBasis: Nullable(
    Type.String({ description: 'declared, or reference (fine gold at the month’s price).' }),
  ),
  counterparty: Nullable(
    Type.Object({
      party: Nullable(Type.String()),
      entity: Nullable(Type.String()),
      name: Nullable(Type.String()),
      country: Nullable(Type.String()),
    }),
  ),
  miningRight: Nullable(Type.String()),
});

/** GET /entities/:id/timeline answer. */
export const EntityTimeline = Page(TimelineEvent);
