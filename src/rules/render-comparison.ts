import type { CountryRule, TopicComparison } from './compare-rules.js';

/** The comparison as text for a terminal: one block per topic, a line per country. */
export function renderComparison(topics: readonly TopicComparison[], day: string): string {
  const blocks = topics.map((comparison) => {
    const { topic } = comparison;
    const mark = comparison.greyZone ? ' [grey zone]' : comparison.differs ? ' [differs]' : '';
    const lines = Object.entries(comparison.countries).map(
      ([country, rule]) => `  ${country}  ${rule ? describeRule(rule, topic.unit) : 'no rule recorded'}`,
    );
    const zone = comparison.greyZone ? [`  → ${comparison.greyZone.en}`] : [];
    return [`${topic.name.en} / ${topic.name.es}${mark}`, ...lines, ...zone].join('\n');
  });
  const unverified = topics.some((comparison) =>
    Object.values(comparison.countries).some((rule) => rule !== null && !rule.verified),
  );
  const footer = unverified
    ? ['Rules marked "not verified" have not yet been checked against their source.']
    : [];
  return [`Rules in force on ${day}`, '', ...blocks.flatMap((block) => [block, '']), ...footer].join('\n');
}

/** A rule as a line reads it: its value, its source, and whether it was checked against it. */
export function describeRule(rule: CountryRule, unit: string | undefined): string {
  const { instrument, article, date } = rule.source;
  const source = [instrument, article, date].filter(Boolean).join(', ');
  return `${ruleValue(rule.value, unit)}  (${source})${rule.verified ? '' : ' — not verified'}`;
}

/** A rule's value as text: yes or no, an amount with its unit, or a name. */
export function ruleValue(value: boolean | number | string, unit: string | undefined): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'number' ? `${String(value)} ${unit ?? ''}`.trim() : value;
}
