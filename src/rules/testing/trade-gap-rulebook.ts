import { builtinRulebook, parseRulebook, type Rulebook } from '@veta/standard';

/** The topic the draft adds: the trade gap past which a country's authority must look. */
export const TRADE_GAP_TOPIC = 'TRADE_GAP_REVIEW_USD';

/** The gap Colombia reviews from in the draft: a tenth of the catalogue's default, the strictest. */
export const COLOMBIAN_GAP_USD = 100_000;

/**
 * The standard's rulebook as a draft in which a trade gap has a legal threshold: Colombia reviews
 * gaps from USD 100,000 and binds its mirror-trade detector to that rule; Peru reviews them from
 * USD 5 million without binding anything; Ecuador and Bolivia have no rule. Only Colombia's alerts
 * follow the law, then: the others' follow the catalogue's default gap.
 */
export function tradeGapRulebook(): Rulebook {
  const draft = structuredClone(builtinRulebook());
  draft.topics.push({
    id: TRADE_GAP_TOPIC,
    name: { es: 'Brecha comercial que la autoridad debe revisar', en: 'Trade gap the authority must review' },
    value: 'amount',
    unit: 'USD',
    stricter: 'lower',
    flows: [],
  });
  const source = { instrument: 'Borrador de prueba', date: '2020-01-01' };
  const rule = { topic: TRADE_GAP_TOPIC, inForce: { from: '2020-01-01' }, source, verifiedOn: null };
  draft.rules.CO?.push({ ...rule, value: COLOMBIAN_GAP_USD });
  draft.rules.PE?.push({ ...rule, value: 5_000_000 });
  draft.thresholds = {
    ...draft.thresholds,
    CO: { ...draft.thresholds?.CO, MIRROR_TRADE_GAP: { absoluteGapUsd: { rule: TRADE_GAP_TOPIC } } },
  };
  return parseRulebook(draft, 'the trade-gap draft');
}
