import { REGION_COUNTRIES, ruleInForce, type Rule, type Rulebook, type RuleTopic } from '@veta/standard';
import { compareRules } from './compare-rules.js';

/** A threshold of a typology's detector. */
export interface BoundThreshold {
  typology: string;
  threshold: string;
}

/**
 * A candidate common standard: the rulebook as it would be if every country held the strictest
 * rule on one topic, as one of its holders has it.
 */
export interface StrictestCandidate {
  topic: RuleTopic;
  /** The strictest value and the countries that hold it today. */
  strictest: { value: boolean | number; countries: string[] };
  /** The holder whose rule (and source) every country adopts in the candidate. */
  from: string;
  /** The rule every country holds in the candidate: the holder's, its note saying it is hypothetical. */
  rule: Rule;
  /** The thresholds a holder binds to the rule: every country binds them to it in the candidate. */
  bound: BoundThreshold[];
  rulebook: Rulebook;
}

/**
 * One candidate per topic that has a strictest rule in force on `day`. In each, every country holds
 * the first holder's rule on the topic in place of all its own rules on it, over all time, and binds
 * to it each threshold any holder binds to it.
 */
export function strictestCandidates(
  rulebook: Rulebook,
  day: string,
  countries: readonly string[] = REGION_COUNTRIES,
): StrictestCandidate[] {
  return compareRules(rulebook, day, countries).flatMap(({ topic, strictest }) => {
    const from = strictest?.countries[0];
    const held = from === undefined ? undefined : ruleInForce(rulebook, from, topic.id, day);
    if (!strictest || from === undefined || !held) return [];
    const rule = hypothetical(held, from);
    const bound = boundTo(rulebook, topic.id, strictest.countries);
    return [
      { topic, strictest, from, rule, bound, rulebook: adopting(rulebook, topic.id, rule, bound, countries) },
    ];
  });
}

/**
 * The holder's rule as every country would hold it, saying where it comes from: in force over all
 * the data, since a detector that weighs the countries' rules reads them in each alert's months,
 * not only on the day compared.
 */
function hypothetical(rule: Rule, from: string): Rule {
  return {
    ...rule,
    inForce: { from: '0001-01-01' },
    note: {
      es: `Hipotética: la regla de ${from} adoptada por toda la región.`,
      en: `Hypothetical: ${from}'s rule adopted by the whole region.`,
    },
  };
}

/** Each threshold a holder binds to the topic's rule, once. */
function boundTo(rulebook: Rulebook, topic: string, holders: readonly string[]): BoundThreshold[] {
  const found = new Map<string, BoundThreshold>();
  for (const holder of holders)
    for (const [typology, values] of Object.entries(rulebook.thresholds?.[holder] ?? {}))
      for (const [threshold, value] of Object.entries(values))
        if (typeof value !== 'number' && value.rule === topic)
          found.set(`${typology}.${threshold}`, { typology, threshold });
  return [...found.values()];
}

function adopting(
  rulebook: Rulebook,
  topic: string,
  rule: Rule,
  bound: readonly BoundThreshold[],
  countries: readonly string[],
): Rulebook {
  const rules = { ...rulebook.rules };
  const thresholds = structuredClone(rulebook.thresholds ?? {});
  for (const country of countries) {
    // Every rule it held on the topic gives way, whenever it was in force.
    rules[country] = [...(rulebook.rules[country] ?? []).filter((other) => other.topic !== topic), rule];
    for (const { typology, threshold } of bound) {
      const ofCountry = (thresholds[country] ??= {});
      ofCountry[typology] = { ...ofCountry[typology], [threshold]: { rule: topic } };
    }
  }
  return { ...rulebook, rules, thresholds };
}
