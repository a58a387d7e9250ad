import { Type, type Static, type TOptional } from 'typebox';
import type { LegalChannel } from './legal-channel.js';

const DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const IsoDate = Type.String({ pattern: DATE, description: 'An ISO 8601 date (yyyy-mm-dd).' });
const Code = Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' });

export const Bilingual = Type.Object(
  { es: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
);

/** A flow of goods a rule can control: gold, base-metal concentrates, or controlled inputs. */
export const RuleFlow = Type.Union([
  Type.Literal('gold'),
  Type.Literal('concentrates'),
  Type.Literal('inputs'),
]);
export type RuleFlow = Static<typeof RuleFlow>;

/**
 * What a rule is about, once for every country: its name, the kind of value each country's rule
 * takes and which way a value is stricter (for the comparison and the "strictest rule" view).
 */
export const RuleTopic = Type.Object(
  {
    id: Code,
    name: Bilingual,
    /** yes-no: the country's law does or does not; amount: a number in `unit`; text: a name. */
    value: Type.Union([Type.Literal('yes-no'), Type.Literal('amount'), Type.Literal('text')]),
    unit: Type.Optional(Type.String({ minLength: 1 })),
    /** Which value is the stricter rule: yes, a higher or a lower amount; none for a text. */
    stricter: Type.Union([Type.Literal('yes'), Type.Literal('higher'), Type.Literal('lower'), Type.Null()]),
    /**
     * The flows of goods the rule controls: a flow that crosses to a country where the rule is
     * looser or missing goes around it (regulatory arbitrage).
     */
    flows: Type.Array(RuleFlow, { uniqueItems: true }),
  },
  { additionalProperties: false },
);
export type RuleTopic = Static<typeof RuleTopic>;

/** The legal instrument a rule comes from. */
export const LegalSource = Type.Object(
  {
    /** As the country cites it: "Decreto Legislativo 1106", "Ley 1658 de 2013". */
    instrument: Type.String({ minLength: 1 }),
    article: Type.Optional(Type.String({ minLength: 1 })),
    /** The instrument's date of issue. */
    date: IsoDate,
    url: Type.Optional(Type.String({ pattern: '^https?://' })),
  },
  { additionalProperties: false },
);
export type LegalSource = Static<typeof LegalSource>;

/** One country's rule on a topic, for the time it is in force, with its source. */
export const Rule = Type.Object(
  {
    topic: Code,
    value: Type.Union([Type.Boolean(), Type.Number(), Type.String({ minLength: 1 })]),
    inForce: Type.Object({ from: IsoDate, to: Type.Optional(IsoDate) }, { additionalProperties: false }),
    source: LegalSource,
    /** The day someone checked the rule against its source; null until someone has. */
    verifiedOn: Type.Union([IsoDate, Type.Null()]),
    note: Type.Optional(Bilingual),
  },
  { additionalProperties: false },
);
export type Rule = Static<typeof Rule>;

/** A threshold's value: a number, or the amount of the country's rule in force on a topic. */
export const ThresholdValue = Type.Union([
  Type.Number(),
  Type.Object({ rule: Code }, { additionalProperties: false }),
]);
export type ThresholdValue = Static<typeof ThresholdValue>;

/** The thresholds a country sets for typologies' detectors: COUNTRY → TYPOLOGY → name → value. */
export const CountryThresholds = Type.Record(
  Type.String({ pattern: '^[A-Z]{2}$' }),
  Type.Record(Code, Type.Record(Type.String({ pattern: '^[a-z][A-Za-z0-9]*$' }), ThresholdValue)),
);
export type CountryThresholds = Static<typeof CountryThresholds>;

/**
 * Who runs a legal channel in a country, named as the country names it ("UIF-Perú", "DIAN"), with
 * the instrument that gives it the task where one is known.
 */
export const Authority = Type.Object(
  {
    name: Type.String({ minLength: 1 }),
    source: Type.Optional(LegalSource),
    /** The day someone checked the authority against its source or its own site; null until then. */
    verifiedOn: Type.Union([IsoDate, Type.Null()]),
    note: Type.Optional(Bilingual),
  },
  { additionalProperties: false },
);
export type Authority = Static<typeof Authority>;

/** A country's authority for each legal channel it has one recorded for. */
export const ChannelAuthorities = Type.Object(
  {
    'money-laundering': Type.Optional(Authority),
    tax: Type.Optional(Authority),
    customs: Type.Optional(Authority),
    environmental: Type.Optional(Authority),
    mining: Type.Optional(Authority),
  } satisfies Record<LegalChannel, TOptional<typeof Authority>>,
  { additionalProperties: false },
);
export type ChannelAuthorities = Static<typeof ChannelAuthorities>;

/**
 * The region's rules as data: the topics compared, each country's rules on them over time, and
 * the detection thresholds each country sets for itself.
 */
export const Rulebook = Type.Object(
  {
    version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
    topics: Type.Array(RuleTopic, { minItems: 1 }),
    rules: Type.Record(Type.String({ pattern: '^[A-Z]{2}$' }), Type.Array(Rule)),
    thresholds: Type.Optional(CountryThresholds),
    /** Per country, who runs each legal channel an alert can be referred through. */
    authorities: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Z]{2}$' }), ChannelAuthorities)),
  },
  {
    title: 'Rulebook',
    description:
      "The region's rules as data: topics, each country's rules with their legal sources, its thresholds and the authorities of its legal channels.",
    additionalProperties: false,
  },
);
export type Rulebook = Static<typeof Rulebook>;
