import { LegalSource, RuleTopic } from '@veta/standard';
import { Type, type Static } from 'typebox';
import { Bilingual, CountryCode, IsoDay, Nullable } from './common.js';

/** A country's rule on a topic: its value, where the law says it, and whether anyone checked. */
const CountryRule = Type.Object({
  value: Type.Union([Type.Boolean(), Type.Number(), Type.String()], {
    description: 'Yes or no, an amount in the topic’s unit, or a name (of a register), as the topic says.',
  }),
  source: LegalSource,
  verified: Type.Boolean({ description: 'Whether someone has checked the rule against its source.' }),
  note: Type.Optional(Bilingual),
});

/** One topic across the region's countries. */
const TopicComparison = Type.Object({
  topic: RuleTopic,
  countries: Type.Record(CountryCode, Nullable(CountryRule), {
    description: 'Each country’s rule in force on the day, in the region’s order; null where it has none.',
  }),
  differs: Type.Boolean({ description: 'The countries with a rule do not all say the same.' }),
  strictest: Nullable(
    Type.Object(
      {
        value: Type.Union([Type.Boolean(), Type.Number()]),
        countries: Type.Array(CountryCode),
      },
      { description: 'The strictest value any country holds, and who holds it; null for a name.' },
    ),
  ),
  greyZone: Nullable(Bilingual),
});

/** GET /rules/compare: the countries' rules side by side, as in force on a day. */
export const RulesComparison = Type.Object({
  version: Type.String({ description: 'Version of the rulebook.' }),
  day: IsoDay,
  topics: Type.Array(TopicComparison, { description: 'Every topic of the rulebook, in its order.' }),
});
export type RulesComparison = Static<typeof RulesComparison>;

/** The day whose rules in force are compared. */
export const RulesCompareQuery = Type.Object({
  on: Type.Optional({
    ...IsoDay,
    description: 'The rules in force on this day, YYYY-MM-DD; today by default.',
  }),
});

/** Alerts today and under a candidate common standard. */
const AlertCounts = {
  now: Type.Integer({ minimum: 0, description: 'Alerts raised under the rules in force.' }),
  strictest: Type.Integer({
    minimum: 0,
    description: 'Alerts raised if every country held the strictest rule.',
  }),
};

/** One candidate common standard: every country holding the strictest rule on a topic. */
const CandidateEffect = Type.Object({
  topic: RuleTopic,
  strictest: Type.Object(
    { value: Type.Union([Type.Boolean(), Type.Number()]), countries: Type.Array(CountryCode) },
    { description: 'The strictest value any country holds, and who holds it.' },
  ),
  rule: Type.Object(
    {
      ...CountryRule.properties,
      from: CountryCode,
      hypothetical: Type.Literal(true),
    },
    {
      description:
        'The rule every country would hold: that of the holder `from`, with its source; hypothetical.',
    },
  ),
  bound: Type.Array(Type.Object({ typology: Type.String(), threshold: Type.String() }), {
    description: 'The detection thresholds every country would bind to the rule, as the holder does.',
  }),
  typologies: Type.Array(Type.String(), {
    description:
      'The typologies whose detectors were run, as their alerts can change: empty where no detector reads the rule yet.',
  }),
  countries: Type.Record(
    CountryCode,
    Type.Object({
      ...AlertCounts,
      typologies: Type.Record(Type.String(), Type.Object(AlertCounts), {
        description: 'The same counts, typology by typology.',
      }),
    }),
    { description: 'Alerts per country in the caller’s scope, in the region’s order; others are left out.' },
  ),
});

/** GET /rules/what-if: the alerts each candidate common standard would raise, per country. */
export const RulesWhatIf = Type.Object({
  version: Type.String({ description: 'Version of the rulebook.' }),
  day: IsoDay,
  candidates: Type.Array(CandidateEffect, {
    description: 'One per topic with a strictest rule in force on the day, in the rulebook’s order.',
  }),
});
export type RulesWhatIf = Static<typeof RulesWhatIf>;
