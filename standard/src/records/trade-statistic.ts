import { Type, type Static } from 'typebox';
import { TRADE_FLOWS, VALUATION_BASES, vocabularySchema } from '../codes/vocabularies.js';
import { CountryCode, Period, recordBase } from './common.js';

/** One cell of published trade statistics, as reported by one country about one partner. */
export const TradeStatistic = Type.Object(
  {
    ...recordBase('TradeStatistic'),
    reporter: CountryCode,
    partner: CountryCode,
    flow: vocabularySchema(TRADE_FLOWS, 'Flow as reported by the reporter.'),
    period: Period,
    hsCode: Type.Optional(
      Type.String({
        pattern: '^([0-9]{2}|[0-9]{4}|[0-9]{6}|TOTAL)$',
        description: 'HS chapter, heading, subheading or TOTAL.',
      }),
    ),
    valueUsd: Type.Number({ minimum: 0, description: 'Value in US dollars.' }),
    valuationBasis: vocabularySchema(VALUATION_BASES, 'FOB (exports) or CIF (imports).'),
    netMassKg: Type.Optional(Type.Number({ minimum: 0 })),
    source: Type.String({ minLength: 1, description: 'Publisher and dataset, e.g. IMF DOTS, UN Comtrade.' }),
  },
  { additionalProperties: false, title: 'TradeStatistic', description: 'A mirror-trade statistic.' },
);
export type TradeStatistic = Static<typeof TradeStatistic>;
