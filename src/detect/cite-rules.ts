import type { BoundRule, Rule, RuleTopic } from '@veta/standard';
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
        // Thresholds follow the rules in force when detection runs: say so where the period is older.
        const later =
          rule.inForce.from > draft.period.end
            ? language === 'es'
              ? `; en vigor desde ${rule.inForce.from}, después del periodo`
              : `; in force from ${rule.inForce.from}, after the period`
            : '';
        return `${topic.name[language]}: ${ruleCitation(topic, rule, language, later)}`;
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

/** A rule as an alert cites it: its value, its legal source, and whether anyone has checked it. */
export function ruleCitation(topic: RuleTopic, rule: Rule, language: 'es' | 'en', more = ''): string {
  const yes = language === 'es' ? 'sí' : 'yes';
  const value =
    typeof rule.value === 'boolean'
      ? rule.value
        ? yes
        : 'no'
      : `${String(rule.value)}${topic.unit ? ` ${topic.unit}` : ''}`;
  const { instrument, article, date } = rule.source;
  const source = [instrument, article, date].filter(Boolean).join(', ');
  const unverified =
    rule.verifiedOn === null ? (language === 'es' ? '; sin verificar' : '; not verified') : '';
  return `${value} (${source}${unverified}${more})`;
}
