import { AlternativeChannelSchema, RECORD_TYPE_NAMES } from '@veta/standard';
import { Type, type Static, type TNumber } from 'typebox';
import type { Severity } from '../../core/severity.js';

// The shape of typologies.yaml. The YAML is the catalogue; this schema is the single source of its
// TypeScript type and of its validation. Rules a schema cannot say (unique codes, known pillars,
// ordered severity bands) live in check-catalogue.ts.

/** Units a threshold or a severity measure can be in; check-catalogue.ts knows which are integers. */
export const THRESHOLD_UNITS = [
  'ratio',
  'fraction',
  'USD',
  'g',
  'kg',
  'kg/month',
  'kg/ha/year',
  'ha',
  'm',
  'km',
  'hours',
  'days',
  'months',
  'count',
  'mad',
  'mahalanobis',
  'COP',
  'PEN',
  'BOB',
] as const;
export const ThresholdUnit = Type.Enum(THRESHOLD_UNITS);
export type ThresholdUnit = Static<typeof ThresholdUnit>;

const Text = Type.String({ minLength: 1 });
const Code = Type.String({
  pattern: '^[A-Z][A-Z0-9_]*$',
  description: 'Upper-case code, e.g. MIRROR_TRADE_GAP.',
});
const Semver = Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$', description: 'Semantic version, e.g. 1.0.0.' });

/** A text in Spanish and English: the catalogue speaks to analysts in both. */
export const Bilingual = Type.Object({ es: Text, en: Text }, { additionalProperties: false });
export type Bilingual = Static<typeof Bilingual>;

/** One default parameter of a detector, overridable per country. */
export const Threshold = Type.Object(
  { value: Type.Number(), unit: ThresholdUnit, meaning: Bilingual },
  { additionalProperties: false },
);
export type Threshold = Static<typeof Threshold>;

/** How low, medium, high and critical follow from one figure of the alert. */
export const SeverityRule = Type.Object(
  {
    measure: Type.String({ pattern: '^[a-z][A-Za-z0-9]*$', description: 'Figure the bands apply to.' }),
    unit: ThresholdUnit,
    direction: Type.Enum(['higher', 'lower'], { description: 'Whether a larger figure is worse.' }),
    bands: Type.Object(
      // One band per severity of core/severity.ts: the compiler refuses a list that gains or loses one.
      {
        low: Type.Number(),
        medium: Type.Number(),
        high: Type.Number(),
        critical: Type.Number(),
      } satisfies Record<Severity, TNumber>,
      { additionalProperties: false, description: 'Where each level starts.' },
    ),
    escalateAboveUsd: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'One level up when the value at stake exceeds this.' }),
    ),
    rule: Bilingual,
  },
  { additionalProperties: false },
);
export type SeverityRule = Static<typeof SeverityRule>;

/** What a detector computes: plain words in each language and one language-neutral comparison. */
export const Formula = Type.Object({ es: Text, en: Text, expression: Text }, { additionalProperties: false });
export type Formula = Static<typeof Formula>;

/** One typology: a scheme, how Veta sees it, and when it alerts. */
export const Typology = Type.Object(
  {
    code: Code,
    name: Bilingual,
    description: Bilingual,
    pillar: Code,
    inputs: Type.Array(Type.Enum(RECORD_TYPE_NAMES), { minItems: 1, uniqueItems: true }),
    formula: Formula,
    thresholds: Type.Record(Type.String(), Threshold),
    severity: SeverityRule,
    power: Type.Optional(
      Type.Object(
        { es: Text, en: Text },
        {
          additionalProperties: false,
          description:
            'For a typology resting on a statistical test: the least data the test needs to see a scheme, and what it cannot see below it.',
        },
      ),
    ),
    falsePositiveDrivers: Type.Object(
      { es: Type.Array(Text, { minItems: 1 }), en: Type.Array(Text, { minItems: 1 }) },
      { additionalProperties: false },
    ),
    episodeGapMonths: Type.Optional(
      Type.Integer({
        minimum: 0,
        description:
          "This typology's own episode gap, where its alerts come further apart (satellite passes).",
      }),
    ),
    status: Type.Enum(['planned', 'active', 'retired'], {
      description: 'planned until its detector lands, then active; retired ones keep their code.',
    }),
  },
  { additionalProperties: false },
);
export type Typology = Static<typeof Typology>;

/** A goal of the platform that typologies serve. */
export const Pillar = Type.Object(
  { code: Code, name: Bilingual, description: Bilingual },
  { additionalProperties: false },
);
export type Pillar = Static<typeof Pillar>;

/** One entry of the catalogue's history. */
export const CatalogueChange = Type.Object(
  {
    version: Semver,
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    summary: Bilingual,
  },
  { additionalProperties: false },
);
export type CatalogueChange = Static<typeof CatalogueChange>;

/**
 * For each typology, the channels other than money laundering that fit what it finds, the most
 * fitting first: where illegal mining is not a predicate offence, its alerts are referred there.
 */
export const TypologyChannels = Type.Record(
  Code,
  Type.Array(AlternativeChannelSchema, { minItems: 1, uniqueItems: true }),
);
export type TypologyChannels = Static<typeof TypologyChannels>;

/** The whole catalogue: its version and history, the pillars, the typologies and their channels. */
export const Catalogue = Type.Object(
  {
    version: Semver,
    changes: Type.Array(CatalogueChange, { minItems: 1 }),
    episodeGapMonths: Type.Integer({
      minimum: 0,
      description:
        'Months without an alert that may pass between two alerts of one typology on one subject for them still to be one episode; a typology may set its own.',
    }),
    pillars: Type.Array(Pillar, { minItems: 1 }),
    typologies: Type.Array(Typology, { minItems: 1 }),
    channels: TypologyChannels,
  },
  { additionalProperties: false },
);
export type Catalogue = Static<typeof Catalogue>;

/** The thresholds countries set for themselves (the rulebook's): `{ PE: { MIRROR_TRADE_GAP: { relativeGap: 0.15 } } }`. */
export const ThresholdOverrides = Type.Record(
  Type.String({ pattern: '^[A-Z]{2}$' }),
  Type.Record(Type.String(), Type.Record(Type.String(), Type.Number())),
);
export type ThresholdOverrides = Static<typeof ThresholdOverrides>;
