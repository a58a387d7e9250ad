import type { BoundRule } from '@veta/standard';
import type { AlertDraft } from './alert.js';

/**
 * An alert raised under a country's thresholds that come from its law, saying so: each rule with
 * its value, its legal source, and whether it has been checked against that source.
 */
export function citeRules(draft: AlertDraft, rules: readonly BoundRule[]): AlertDraft {
  if (rules.length === 0) return draft;
  const cited = (language: 'es' | 'en'): string =>
    rules
      .map(({ topic, rule }) => {
        const value = `${String(rule.value)}${topic.unit ? ` ${topic.unit}` : ''}`;
        const { instrument, article, date } = rule.source;
        const source = [instrument, article, date].filter(Boolean).join(', ');
        const unverified =
          rule.verifiedOn === null ? (language === 'es' ? '; sin verificar' : '; not verified') : '';
        return `${topic.name[language]}: ${value} (${source}${unverified})`;
      })
      .join('; ');
  return {
    ...draft,
    explanation: {
      es: `${draft.explanation.es} Regla aplicada en ${draft.country ?? ''}: ${cited('es')}.`,
      en: `${draft.explanation.en} Rule applied in ${draft.country ?? ''}: ${cited('en')}.`,
    },
  };
}
