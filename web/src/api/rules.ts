import { apiGet } from './client';
import type { Answer } from './types';

/** The countries' rules side by side, as in force on a day. */
export type RulesComparison = Answer<'/api/rules/compare'>;
/** One topic across the countries. */
export type TopicComparison = RulesComparison['topics'][number];
/** A country's rule on a topic; null where the country has none. */
export type CountryRule = TopicComparison['countries'][string];

/** The rules in force on `day` (YYYY-MM-DD), topic by topic, with their legal sources. */
export function getRulesComparison(day: string, signal?: AbortSignal): Promise<RulesComparison> {
  return apiGet<RulesComparison>('/rules/compare', { on: day }, signal);
}

/** The alerts each candidate common standard (the strictest rule, for all) would raise, per country. */
export type RulesWhatIf = Answer<'/api/rules/what-if'>;
/** One candidate: every country holding the strictest rule on a topic. */
export type CandidateEffect = RulesWhatIf['candidates'][number];

/** For the rules in force on `day`, the alerts in the caller's countries now and under each candidate. */
export function getRulesWhatIf(day: string, signal?: AbortSignal): Promise<RulesWhatIf> {
  return apiGet<RulesWhatIf>('/rules/what-if', { on: day }, signal);
}
