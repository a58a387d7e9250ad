import { readFileSync } from 'node:fs';
import { Compile } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import { parse } from 'yaml';
import { dataDirectory } from '../data-files.js';
import { Rulebook, type Rule, type RuleTopic } from './rulebook-schema.js';

export {
  Rulebook,
  type Rule,
  RuleTopic,
  RuleFlow,
  LegalSource,
  Authority,
  ChannelAuthorities,
  type CountryThresholds,
} from './rulebook-schema.js';

/** The rulebook shipped with the standard: a first version, every rule awaiting verification. */
export const RULEBOOK_PATH = dataDirectory('rules/rulebook.yaml');

const validator = Compile(Rulebook);
const MAX_REPORTED = 8;

/** A rulebook that cannot be used, with every mistake found, each naming where it is. */
export class RulebookError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(
      `The rulebook ${source} has mistakes: ${problems.slice(0, MAX_REPORTED).join('; ')}. Fix it and try again.`,
    );
    this.name = 'RulebookError';
  }
}

/** Reads and checks a rulebook file (the standard's own by default). */
export function loadRulebook(path: string | URL = RULEBOOK_PATH): Rulebook {
  const source = path instanceof URL ? path.pathname : path;
  let document: unknown;
  try {
    document = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RulebookError(source, [
      `it cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  return parseRulebook(document, source);
}

/** Checks a parsed rulebook against its schema and its own rules (topics, values, periods). */
export function parseRulebook(document: unknown, source: string): Rulebook {
  if (!validator.Check(document)) {
    const problems = [...validator.Errors(document)].flatMap((error) => {
      const message = describe(error);
      return message === undefined ? [] : [`${error.instancePath || '/'} ${message}`];
    });
    throw new RulebookError(source, problems);
  }
  const problems = rulebookProblems(document);
  if (problems.length > 0) throw new RulebookError(source, problems);
  return document;
}

// TypeBox reports an unknown field twice ("schema is false" on the field, then on its parent)
// without naming it; one sentence naming the field helps whoever edits the YAML.
function describe(error: TLocalizedValidationError): string | undefined {
  if (error.keyword === 'boolean') return undefined;
  if (error.keyword === 'additionalProperties')
    return `has unknown field ${error.params.additionalProperties.join(', ')}`;
  return error.message;
}

let builtin: Rulebook | undefined;

/** The standard's rulebook, read on first use. */
export function builtinRulebook(): Rulebook {
  builtin ??= loadRulebook();
  return builtin;
}

/**
 * The thresholds the rulebook sets, each country's by typology, with a rule's amount where a
 * threshold names the rule: the one in force on `day`. A threshold whose rule the country has no
 * amount for on that day is a mistake of the rulebook, named.
 */
export function rulebookThresholds(
  rulebook: Rulebook,
  day: string,
  source = 'given',
): Record<string, Record<string, Record<string, number>>> {
  const problems: string[] = [];
  const resolved = Object.fromEntries(
    Object.entries(rulebook.thresholds ?? {}).map(([country, typologies]) => [
      country,
      Object.fromEntries(
        Object.entries(typologies).map(([code, values]) => [
          code,
          Object.fromEntries(
            Object.entries(values).flatMap(([name, value]) => {
              if (typeof value === 'number') return [[name, value]];
              const rule = ruleInForce(rulebook, country, value.rule, day);
              if (typeof rule?.value === 'number') return [[name, rule.value]];
              problems.push(
                `${country}.${code}.${name} takes the rule ${value.rule}, and ${country} has no amount for it in force on ${day}`,
              );
              return [];
            }),
          ),
        ]),
      ),
    ]),
  );
  if (problems.length > 0) throw new RulebookError(source, problems);
  return resolved;
}

/** A threshold the rulebook binds to a rule, and the rule in force it takes its value from. */
export interface BoundRule {
  country: string;
  typology: string;
  threshold: string;
  topic: RuleTopic;
  rule: Rule;
}

/** The thresholds bound to a rule, each with the rule in force on `day` (none where there is none). */
export function boundRules(rulebook: Rulebook, day: string): BoundRule[] {
  const topics = new Map(rulebook.topics.map((topic) => [topic.id, topic]));
  return Object.entries(rulebook.thresholds ?? {}).flatMap(([country, typologies]) =>
    Object.entries(typologies).flatMap(([typology, values]) =>
      Object.entries(values).flatMap(([threshold, value]) => {
        if (typeof value === 'number') return [];
        const rule = ruleInForce(rulebook, country, value.rule, day);
        const topic = topics.get(value.rule);
        return rule && topic ? [{ country, typology, threshold, topic, rule }] : [];
      }),
    ),
  );
}

/** A country's rule on a topic in force on a day, if it has one. */
export function ruleInForce(
  rulebook: Rulebook,
  country: string,
  topic: string,
  day: string,
): Rule | undefined {
  return (rulebook.rules[country] ?? []).find(
    (rule) => rule.topic === topic && rule.inForce.from <= day && (rule.inForce.to ?? '9999-12-31') >= day,
  );
}

/** A country's rules on a topic in force on any day of a period, oldest first. */
export function rulesInForceDuring(
  rulebook: Rulebook,
  country: string,
  topic: string,
  period: { start: string; end: string },
): Rule[] {
  const during = { from: period.start, to: period.end };
  return (rulebook.rules[country] ?? [])
    .filter((rule) => rule.topic === topic && overlaps(rule, { inForce: during }))
    .sort((a, b) => a.inForce.from.localeCompare(b.inForce.from));
}

function rulebookProblems(rulebook: Rulebook): string[] {
  const problems: string[] = [];
  const topics = new Map<string, RuleTopic>();
  for (const topic of rulebook.topics) {
    if (topics.has(topic.id)) problems.push(`topic ${topic.id} is listed twice`);
    topics.set(topic.id, topic);
    if (topic.value === 'amount' && topic.unit === undefined)
      problems.push(`topic ${topic.id} is an amount without a unit`);
    if (topic.value === 'text' && topic.stricter !== null)
      problems.push(`topic ${topic.id} is a text: no value of it is stricter`);
    if (topic.value === 'yes-no' && (topic.stricter === 'higher' || topic.stricter === 'lower'))
      problems.push(`topic ${topic.id} is yes-no: the stricter value is yes, not a ${topic.stricter} amount`);
    if (topic.value === 'amount' && topic.stricter === 'yes')
      problems.push(`topic ${topic.id} is an amount: the stricter value is higher or lower, not yes`);
  }
  for (const [country, rules] of Object.entries(rulebook.rules)) {
    rules.forEach((rule, index) => {
      const where = `${country} rule ${String(index + 1)} (${rule.topic})`;
      const topic = topics.get(rule.topic);
      if (!topic) {
        problems.push(`${where}: no topic ${rule.topic} (topics: ${[...topics.keys()].join(', ')})`);
        return;
      }
      const expected = { 'yes-no': 'boolean', amount: 'number', text: 'string' }[topic.value];
      if (typeof rule.value !== expected)
        problems.push(`${where}: the value must be a ${expected}, as the topic is ${topic.value}`);
      if (rule.inForce.to !== undefined && rule.inForce.to < rule.inForce.from)
        problems.push(
          `${where}: in force to ${rule.inForce.to}, before it is in force from ${rule.inForce.from}`,
        );
      const overlapping = rules.find(
        (other, at) => at < index && other.topic === rule.topic && overlaps(other, rule),
      );
      if (overlapping)
        problems.push(`${where}: in force at the same time as another ${country} rule on ${rule.topic}`);
    });
  }
  problems.push(...boundThresholdProblems(rulebook, topics));
  return problems;
}

// A threshold takes a rule's amount: a topic that is not an amount has none to give it.
function boundThresholdProblems(rulebook: Rulebook, topics: ReadonlyMap<string, RuleTopic>): string[] {
  return Object.entries(rulebook.thresholds ?? {}).flatMap(([country, typologies]) =>
    Object.entries(typologies).flatMap(([typology, values]) =>
      Object.entries(values).flatMap(([name, value]) => {
        if (typeof value === 'number') return [];
        const where = `threshold ${country}.${typology}.${name}`;
        const topic = topics.get(value.rule);
        if (!topic) return [`${where} takes the rule ${value.rule}, which is not a topic`];
        return topic.value === 'amount'
          ? []
          : [`${where} takes the rule ${value.rule}, a ${topic.value} topic: a threshold needs an amount`];
      }),
    ),
  );
}

function overlaps(a: Pick<Rule, 'inForce'>, b: Pick<Rule, 'inForce'>): boolean {
  return a.inForce.from <= (b.inForce.to ?? '9999-12-31') && b.inForce.from <= (a.inForce.to ?? '9999-12-31');
}
