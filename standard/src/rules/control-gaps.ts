import { ruleInForce } from './rulebook.js';
import type { Rule, Rulebook, RuleFlow, RuleTopic } from './rulebook-schema.js';

/** A control one country applies to a flow that another applies more loosely, or not at all. */
export interface ControlGap {
  topic: RuleTopic;
  /** The rule of the country that controls. */
  stricter: Rule;
  /** The other country's rule, or null where the rulebook records none. */
  looser: Rule | null;
}

/**
 * The controls on `flow` that `from` applies on `day` and `to` applies more loosely or not at all:
 * what a flow from `from` to `to` goes around. A rule absent from the rulebook counts as missing,
 * as the comparison's grey zones name it; a text rule (a register's name) is a control, but two of
 * them are not ranked.
 */
export function controlGaps(
  rulebook: Rulebook,
  from: string,
  to: string,
  day: string,
  flow: RuleFlow,
): ControlGap[] {
  return rulebook.topics.flatMap((topic) => {
    if (!topic.flows.includes(flow)) return [];
    const stricter = ruleInForce(rulebook, from, topic.id, day);
    if (!stricter || stricter.value === false) return [];
    const looser = ruleInForce(rulebook, to, topic.id, day) ?? null;
    return looser === null || isLooser(topic, stricter.value, looser.value)
      ? [{ topic, stricter, looser }]
      : [];
  });
}

function isLooser(topic: RuleTopic, control: Rule['value'], other: Rule['value']): boolean {
  if (typeof control === 'boolean') return other === false;
  if (typeof control === 'number' && typeof other === 'number') {
    if (topic.stricter === 'lower') return other > control;
    if (topic.stricter === 'higher') return other < control;
  }
  return false;
}
