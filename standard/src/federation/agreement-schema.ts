import { Type, type Static, type TOptional } from 'typebox';
import { CountryCode } from '../codes/countries.js';
import { FederationQuestion } from '../codes/federation-questions.js';
import { SharingPurpose } from '../codes/sharing-purposes.js';
import type { RecordTypeName } from '../records/catalogue.js';
import { isoDate } from '../records/common.js';
import { Bilingual } from '../rules/rulebook-schema.js';

// An agreement is written by lawyers and officials, read by the node that sends and by the hub
// that receives: every choice is spelled out, nothing is shared by default.

const CODE = '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$';

/** A field of a record type: a top-level property, or a dotted path into nested objects. */
export const FieldPath = Type.String({
  pattern: '^[a-z][A-Za-z0-9_]*(\\.[a-z][A-Za-z0-9_]*)*$',
  description: 'A field of the record type, e.g. declarant or royalty.amount.',
});

/**
 * Fields whose values, where they name a natural person (their id or a personal document), travel
 * as keyed tokens under the region's linkage key; a node without the key sends none of the type.
 */
const PseudonymisedFields = Type.Array(FieldPath, {
  minItems: 1,
  uniqueItems: true,
  description:
    'Shared fields whose values naming a natural person (their id or a personal document) travel as keyed tokens; without the linkage key nothing of the type is sent.',
});

/** Only the named fields are shared, with the record's id and the provenance that cites it. */
export const FieldsClause = Type.Object(
  {
    fields: Type.Array(FieldPath, { minItems: 1, uniqueItems: true }),
    pseudonymised: Type.Optional(PseudonymisedFields),
  },
  { additionalProperties: false, description: 'Only the named fields of each record.' },
);
export type FieldsClause = Static<typeof FieldsClause>;

/** How records are shared as monthly totals instead of one by one. */
export const AggregateSpec = Type.Object(
  {
    by: Type.Array(FieldPath, {
      uniqueItems: true,
      description: 'Fields the totals are broken down by, besides the month.',
    }),
    measures: Type.Array(FieldPath, { uniqueItems: true, description: 'Numeric fields summed.' }),
    date: FieldPath,
    minCount: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'Cells with fewer records are suppressed (default 1: none is).',
      }),
    ),
    pseudonymised: Type.Optional(PseudonymisedFields),
  },
  { additionalProperties: false },
);
export type AggregateSpec = Static<typeof AggregateSpec>;

/** Records are shared as monthly totals, by the `by` fields, dated by the `date` field. */
export const AggregateClause = Type.Object(
  { aggregate: AggregateSpec },
  { additionalProperties: false, description: 'Monthly totals only.' },
);
export type AggregateClause = Static<typeof AggregateClause>;

/** How one record type is shared: whole, not at all, pseudonymised, some fields, or totals. */
export const SharingClause = Type.Union(
  [Type.Literal('full'), Type.Literal('none'), Type.Literal('pseudonymised'), FieldsClause, AggregateClause],
  { description: 'full, none, pseudonymised, { fields: [...] } or { aggregate: { ... } }.' },
);
export type SharingClause = Static<typeof SharingClause>;

/** The fields a clause sends as keyed tokens where they name a person; none but for fields and totals. */
export function pseudonymisedFields(clause: SharingClause): readonly string[] {
  if (typeof clause === 'string') return [];
  return ('fields' in clause ? clause.pseudonymised : clause.aggregate.pseudonymised) ?? [];
}

/** Whether a clause can be applied only with the region's linkage key. */
export function needsLinkageKey(clause: SharingClause): boolean {
  return clause === 'pseudonymised' || pseudonymisedFields(clause).length > 0;
}

/** A clause that shares something: any clause but none. */
export type SharedClause = Exclude<SharingClause, 'none'>;

// Listed one by one so the compiler holds the list to the catalogue, and an unknown record type in
// an agreement is an unknown field of `records`, named as such.
const SharedRecords = Type.Object(
  {
    Party: Type.Optional(SharingClause),
    Relationship: Type.Optional(SharingClause),
    MiningRight: Type.Optional(SharingClause),
    Registration: Type.Optional(SharingClause),
    ProductionDeclaration: Type.Optional(SharingClause),
    MineralTransaction: Type.Optional(SharingClause),
    CustomsDeclaration: Type.Optional(SharingClause),
    TradeStatistic: Type.Optional(SharingClause),
    InputTransaction: Type.Optional(SharingClause),
    Assay: Type.Optional(SharingClause),
    GeoFeature: Type.Optional(SharingClause),
    AssetPosition: Type.Optional(SharingClause),
    ReferencePrice: Type.Optional(SharingClause),
  } satisfies Record<RecordTypeName, TOptional<typeof SharingClause>>,
  {
    additionalProperties: false,
    description: 'The clause of each record type shared; a record type not listed is not shared.',
  },
);

/**
 * What one country's node shares with another node (the regional hub, or a neighbour), for which
 * purposes, under which legal basis and for how long: the record types, each with its clause.
 */
export const DataSharingAgreement = Type.Object(
  {
    id: Type.String({
      pattern: CODE,
      description: 'The agreement, the same across its versions, e.g. PE-HUB.',
    }),
    version: Type.Integer({ minimum: 1, description: 'Every change to the agreement bumps it.' }),
    title: Bilingual,
    /** The country whose node sends. */
    from: CountryCode,
    to: Type.String({ pattern: CODE, description: 'The node that receives: HUB, or a country code.' }),
    purposes: Type.Array(SharingPurpose, { minItems: 1, uniqueItems: true }),
    legalBasis: Type.String({
      minLength: 1,
      description: 'The instruments the sharing rests on, as they are cited (MoU, Decisión CAN...).',
    }),
    validFrom: isoDate('First day the agreement is in force'),
    validUntil: isoDate('Last day the agreement is in force'),
    records: SharedRecords,
    questions: Type.Optional(
      Type.Array(FederationQuestion, {
        uniqueItems: true,
        description:
          'The questions the receiving node may ask the sending one about what it keeps home; none unless listed.',
      }),
    ),
    changes: Type.Optional(Type.String({ minLength: 1, description: 'What this version changed.' })),
  },
  {
    title: 'DataSharingAgreement',
    description:
      "What a country's node shares with another node: purposes, legal basis, validity and each record type's clause.",
    additionalProperties: false,
  },
);
export type DataSharingAgreement = Static<typeof DataSharingAgreement>;
