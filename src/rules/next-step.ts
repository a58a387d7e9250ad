import {
  CHANNEL_NAMES,
  REGION_COUNTRIES,
  rulesInForceDuring,
  type AlternativeChannel,
  type Authority,
  type LegalChannel,
  type LegalSource,
  type Rule,
  type Rulebook,
} from '@veta/standard';
import { wordList } from '../core/word-list.js';
import type { Catalogue } from '../detect/catalogue/catalogue-schema.js';

/** The rulebook topic that decides whether an alert goes to the money-laundering channel. */
export const PREDICATE_TOPIC = 'ML_PREDICATE_OFFENCE';

type Language = 'es' | 'en';
type Bilingual = Record<Language, string>;

/** What routing needs of an alert. */
export interface RoutedAlert {
  typology: string;
  country: string | null;
  period: { start: string; end: string };
}

/** A channel to refer the alert through, and who runs it in the country. */
export interface Referral {
  channel: LegalChannel;
  /** Null where the rulebook names no authority for the channel in the country. */
  authority: { name: string; source: LegalSource | null; verified: boolean; note: Bilingual | null } | null;
}

/**
 * Why the alert goes where it goes: the country's rule makes illegal mining a predicate offence
 * for money laundering during the alert's period, says it is not one, or there is no rule.
 */
export type RoutingBasis = 'predicate-offence' | 'not-a-predicate-offence' | 'no-rule';

/** The next step for an alert in one country. */
export interface CountryNextStep {
  country: string;
  basis: RoutingBasis;
  /** The country's rule on the predicate offence the step rests on; null where none is recorded. */
  rule: {
    value: boolean;
    inForce: { from: string; to: string | null };
    source: LegalSource;
    verified: boolean;
  } | null;
  referrals: Referral[];
  /** The step as one sentence, citing the rule and saying what is not verified. */
  text: Bilingual;
}

/** Where an alert goes next: one step for its country, or one per country of the region when it has none. */
export interface NextStep {
  regional: boolean;
  rulebookVersion: string;
  steps: CountryNextStep[];
}

/**
 * The legal channel an alert should be referred through, computed from the rulebook and the
 * catalogue given (so a new rulebook changes every alert's next step without touching the
 * alerts): money laundering where illegal mining is a predicate offence in the alert's country
 * on any day of its period; otherwise the channels its typology lists, with the reason.
 */
export function nextStep(alert: RoutedAlert, rulebook: Rulebook, catalogue: Catalogue): NextStep {
  const countries = alert.country === null ? REGION_COUNTRIES : [alert.country];
  return {
    regional: alert.country === null,
    rulebookVersion: rulebook.version,
    steps: countries.map((country) => countryStep(alert, country, rulebook, catalogue)),
  };
}

function countryStep(
  alert: RoutedAlert,
  country: string,
  rulebook: Rulebook,
  catalogue: Catalogue,
): CountryNextStep {
  const rules = rulesInForceDuring(rulebook, country, PREDICATE_TOPIC, alert.period);
  // One day of the period under a rule that makes it a predicate offence is enough to report it.
  const rule = rules.find((candidate) => candidate.value === true) ?? rules.at(-1);
  const basis: RoutingBasis =
    rule === undefined ? 'no-rule' : rule.value === true ? 'predicate-offence' : 'not-a-predicate-offence';
  const channels: readonly LegalChannel[] =
    basis === 'predicate-offence' ? ['money-laundering'] : alternativesOf(alert.typology, catalogue);
  const authorities = rulebook.authorities?.[country] ?? {};
  const referrals = channels.map((channel) => referral(channel, authorities[channel]));
  const topic = rulebook.topics.find((candidate) => candidate.id === PREDICATE_TOPIC);
  const step = {
    country,
    basis,
    rule: rule
      ? {
          value: rule.value === true,
          inForce: { from: rule.inForce.from, to: rule.inForce.to ?? null },
          source: rule.source,
          verified: rule.verifiedOn !== null,
        }
      : null,
    referrals,
  };
  const text = (language: Language): string =>
    sentence(language, {
      ...step,
      alert,
      topicName: topic?.name[language] ?? PREDICATE_TOPIC,
      ruleCited: rule,
    });
  return { ...step, text: { es: text('es'), en: text('en') } };
}

function alternativesOf(typology: string, catalogue: Catalogue): readonly AlternativeChannel[] {
  return Object.hasOwn(catalogue.channels, typology) ? (catalogue.channels[typology] ?? []) : [];
}

function referral(channel: LegalChannel, authority: Authority | undefined): Referral {
  return {
    channel,
    authority: authority
      ? {
          name: authority.name,
          source: authority.source ?? null,
          verified: authority.verifiedOn !== null,
          note: authority.note ?? null,
        }
      : null,
  };
}

const WORDS = {
  es: {
    and: 'y',
    refer: 'remitir por',
    the: 'la',
    noAuthority: 'sin autoridad registrada',
    notMl: 'no por la de lavado de activos',
    rule: 'Regla',
    yes: 'sí',
    no: 'no',
    unverified: 'sin verificar',
    inForceFrom: (day: string) => `en vigor desde ${day}, dentro del periodo`,
    noRule: (topic: string, country: string) =>
      `No hay regla registrada sobre «${topic}» en ${country}: la vía de lavado de activos no está confirmada.`,
    noChannel: (typology: string) => `el catálogo no indica vías para ${typology}`,
    authoritiesUnverified: 'Autoridades sin verificar.',
  },
  en: {
    and: 'and',
    refer: 'refer through',
    the: 'the',
    noAuthority: 'no authority recorded',
    notMl: 'not the money-laundering one',
    rule: 'Rule',
    yes: 'yes',
    no: 'no',
    unverified: 'not verified',
    inForceFrom: (day: string) => `in force from ${day}, within the period`,
    noRule: (topic: string, country: string) =>
      `No rule is recorded on "${topic}" in ${country}: the money-laundering channel is not confirmed.`,
    noChannel: (typology: string) => `the catalogue lists no channel for ${typology}`,
    authoritiesUnverified: 'Authorities not verified.',
  },
} as const;

interface SentenceParts {
  country: string;
  basis: RoutingBasis;
  referrals: Referral[];
  alert: RoutedAlert;
  topicName: string;
  ruleCited: Rule | undefined;
}

function sentence(language: Language, parts: SentenceParts): string {
  const w = WORDS[language];
  const { country, basis, referrals, alert, topicName, ruleCited } = parts;
  const where = referrals.map(
    ({ channel, authority }) =>
      `${w.the} ${CHANNEL_NAMES[channel][language]} – ${authority?.name ?? w.noAuthority}`,
  );
  const referTo = where.length === 0 ? w.noChannel(alert.typology) : `${w.refer} ${wordList(where, w.and)}`;
  const head = `${country}: ${referTo}${basis === 'not-a-predicate-offence' && where.length > 0 ? `, ${w.notMl}` : ''}.`;
  const reason =
    ruleCited === undefined
      ? w.noRule(topicName, country)
      : `${w.rule}: ${language === 'es' ? `«${topicName}»` : `"${topicName}"`}: ${ruleCited.value === true ? w.yes : w.no} (${citation(language, ruleCited, alert)}).`;
  const unverifiedAuthority = referrals.some(({ authority }) => authority !== null && !authority.verified);
  return [head, reason, ...(unverifiedAuthority ? [w.authoritiesUnverified] : [])].join(' ');
}

function citation(language: Language, rule: Rule, alert: RoutedAlert): string {
  const w = WORDS[language];
  const { instrument, article, date } = rule.source;
  return [
    [instrument, article, date].filter(Boolean).join(', '),
    ...(rule.verifiedOn === null ? [w.unverified] : []),
    ...(rule.inForce.from > alert.period.start ? [w.inForceFrom(rule.inForce.from)] : []),
  ].join('; ');
}
