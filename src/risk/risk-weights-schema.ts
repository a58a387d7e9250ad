import { Type, type Static, type TNumber } from 'typebox';
import type { Severity as SeverityName } from '../core/severity.js';

// The shape of weights.yaml. The YAML holds the numbers; this schema is the single source of their
// TypeScript type and of their validation. Rules a schema cannot say (every typology of the
// catalogue weighed, no unknown typology) live in risk-weights.ts.

/** The kinds of subject Veta scores. */
export const RISK_KINDS = ['entity', 'right', 'trader', 'exporter', 'corridor'] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

/** The signals the scoring computes, each with a weight in weights.yaml. */
export const SIGNAL_CODES = [
  'IDENTIFIER_CHECK_DIGIT',
  'SHARED_ADDRESS',
  'NOT_LOCATED_OR_CLOSED',
  'OWNED_THROUGH_INTERMEDIARY',
  'INTERMEDIARY_OWNERS_UNDECLARED',
  'RIGHT_OVERLAP',
  'AREA_DIFFERS_FROM_DECLARED',
  'GEOMETRY_SELF_INTERSECTION',
  'SELLERS_INVALID_ID',
  'PURCHASES_WITHOUT_ORIGIN',
  'SUPPLY_FROM_ALERTED_RIGHTS',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

const Share = Type.Number({ minimum: 0, maximum: 1, description: 'A number from 0 to 1.' });
const CodeKey = '^[A-Z][A-Z0-9_]*$';

// One weight per severity of core/severity.ts: the compiler refuses a list that gains or loses one.
const Severity = Type.Object(
  { low: Share, medium: Share, high: Share, critical: Share } satisfies Record<SeverityName, TNumber>,
  { additionalProperties: false, description: "An alert's value by its severity." },
);
const Recency = Type.Object(
  {
    halfLifeDays: Type.Number({ exclusiveMinimum: 0, description: 'Days after which an alert counts half.' }),
    floor: Share,
  },
  { additionalProperties: false },
);
const Corridor = Type.Object(
  { exporterAlerts: Share, countryPairAlerts: Share, originRightAlerts: Share },
  {
    additionalProperties: false,
    description: 'How far alerts on exporters, country pairs and rights carry.',
  },
);
const Thresholds = Type.Object(
  { sharedAddressCompanies: Type.Integer({ minimum: 2 }) },
  { additionalProperties: false },
);
const EarlyWarning = Type.Object(
  { riseStep: Type.Number({ exclusiveMinimum: 0, maximum: 1 }) },
  { additionalProperties: false },
);

/** The weights a risk run uses: the built-in file with any override laid over it. */
export const RiskWeights = Type.Object(
  {
    severity: Severity,
    alertScoreShare: Share,
    recency: Recency,
    repeatDecay: Share,
    typologies: Type.Record(Type.String({ pattern: CodeKey }), Share),
    signals: Type.Record(Type.String({ pattern: CodeKey }), Share),
    corridor: Corridor,
    thresholds: Thresholds,
    earlyWarning: EarlyWarning,
  },
  { additionalProperties: false },
);
export type RiskWeights = Static<typeof RiskWeights>;

// Type.Partial drops additionalProperties: a misspelt key in an override must still be refused.
const CLOSED = { additionalProperties: false } as const;

/** An override file: the same shape, every key optional, laid over the built-in weights. */
export const RiskWeightsOverride = Type.Object(
  {
    severity: Type.Optional(Type.Partial(Severity, CLOSED)),
    alertScoreShare: Type.Optional(Share),
    recency: Type.Optional(Type.Partial(Recency, CLOSED)),
    repeatDecay: Type.Optional(Share),
    typologies: Type.Optional(Type.Record(Type.String({ pattern: CodeKey }), Share)),
    signals: Type.Optional(Type.Record(Type.String({ pattern: CodeKey }), Share)),
    corridor: Type.Optional(Type.Partial(Corridor, CLOSED)),
    thresholds: Type.Optional(Type.Partial(Thresholds, CLOSED)),
    earlyWarning: Type.Optional(Type.Partial(EarlyWarning, CLOSED)),
  },
  { additionalProperties: false },
);
export type RiskWeightsOverride = Static<typeof RiskWeightsOverride>;

/** Whether a code names one of the signals. */
export function isSignalCode(code: string): code is SignalCode {
  return (SIGNAL_CODES as readonly string[]).includes(code);
}
