import {
  REGION_COUNTRIES,
  ruleInForce,
  type LegalSource,
  type Rulebook,
  type RuleTopic,
} from '@veta/standard';

/** A country's rule on a topic as the comparison shows it. */
export interface CountryRule {
  value: boolean | number | string;
  source: LegalSource;
  /** Whether someone has checked the rule against its source. */
  verified: boolean;
  note?: { es: string; en: string };
}

/** One topic across the countries: what each says, and where they part. */
export interface TopicComparison {
  topic: RuleTopic;
  /** Each country's rule in force on the day compared, or null where it has none. */
  countries: Record<string, CountryRule | null>;
  /** The countries with a rule do not all say the same. */
  differs: boolean;
  /** The strictest value any country holds and who holds it, for topics where one value is stricter. */
  strictest: { value: boolean | number; countries: string[] } | null;
  /**
   * Where a flow can go around the rule: countries with no rule, or a looser one, beside a
   * country with the strictest. Empty where every country holds the same.
   */
  greyZone: { es: string; en: string } | null;
}

/** The countries' rules compared topic by topic, as in force on `day`. */
export function compareRules(
  rulebook: Rulebook,
  day: string,
  countries: readonly string[] = REGION_COUNTRIES,
): TopicComparison[] {
  return rulebook.topics.map((topic) => {
    const rules = Object.fromEntries(
      countries.map((country): [string, CountryRule | null] => {
        const rule = ruleInForce(rulebook, country, topic.id, day);
        if (!rule) return [country, null];
        return [
          country,
          {
            value: rule.value,
            source: rule.source,
            verified: rule.verifiedOn !== null,
            ...(rule.note ? { note: rule.note } : {}),
          },
        ];
      }),
    );
    const held = Object.entries(rules).flatMap(([country, rule]) =>
      rule ? [{ country, value: rule.value }] : [],
    );
    const differs = new Set(held.map((entry) => String(entry.value))).size > 1;
    const strictest = strictestOf(topic, held);
    return { topic, countries: rules, differs, strictest, greyZone: greyZoneOf(topic, rules, strictest) };
  });
}

function strictestOf(
  topic: RuleTopic,
  held: readonly { country: string; value: boolean | number | string }[],
): TopicComparison['strictest'] {
  const values = held.flatMap((entry) =>
    typeof entry.value === 'string' ? [] : [{ country: entry.country, value: entry.value }],
  );
  if (topic.stricter === null || values.length === 0) return null;
  const rank = (value: boolean | number): number =>
    typeof value === 'boolean' ? Number(value) : topic.stricter === 'lower' ? -value : value;
  const best = Math.max(...values.map((entry) => rank(entry.value)));
  const holders = values.filter((entry) => rank(entry.value) === best);
  const value = holders[0]?.value;
  if (value === undefined || (typeof value === 'boolean' && !value)) return null;
  return { value, countries: holders.map((entry) => entry.country) };
}

function greyZoneOf(
  topic: RuleTopic,
  rules: Readonly<Record<string, CountryRule | null>>,
  strictest: TopicComparison['strictest'],
): TopicComparison['greyZone'] {
  const entries = Object.entries(rules);
  const holders =
    strictest?.countries ??
    entries.flatMap(([country, rule]) => (rule !== null && rule.value !== false ? [country] : []));
  const others = entries.map(([country]) => country).filter((country) => !holders.includes(country));
  if (holders.length === 0 || others.length === 0) return null;
  const none = others.filter((country) => rules[country] === null);
  const looser = others.filter((country) => rules[country] !== null);
  const list = (countries: readonly string[]): string => countries.join(', ');
  const es = [
    `${list(holders)}: ${topic.name.es.charAt(0).toLowerCase()}${topic.name.es.slice(1)}`,
    looser.length > 0 ? `${list(looser)} con una regla más laxa` : '',
    none.length > 0 ? `${list(none)} sin regla registrada` : '',
  ];
  const en = [
    `${list(holders)}: ${topic.name.en.charAt(0).toLowerCase()}${topic.name.en.slice(1)}`,
    looser.length > 0 ? `${list(looser)} with a looser rule` : '',
    none.length > 0 ? `${list(none)} with no rule recorded` : '',
  ];
  return { es: es.filter(Boolean).join('; '), en: en.filter(Boolean).join('; ') };
}
