import { useTranslation } from 'react-i18next';
import type { CountryRule, TopicComparison } from '../../api/rules';
import { useLanguage } from '../../app/useLanguage';
import { pick } from '../../format/format';
import { RuleSource } from './RuleSource';
import { useRuleValue } from './useRuleValue';

/** A country's rule on a topic: its value, its source below, and whether it is checked or the strictest. */
export function RuleCell({
  rule,
  topic,
  strictest,
}: {
  rule: CountryRule;
  topic: TopicComparison['topic'];
  strictest: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const describe = useRuleValue();
  if (rule === null) {
    return (
      <td className="rule-cell rule-cell--none">
        <span className="muted">{t('rules.noRule')}</span>
      </td>
    );
  }
  return (
    <td className={strictest ? 'rule-cell is-strictest' : 'rule-cell'}>
      <span className="rule-cell__value">{describe(rule.value, topic.unit)}</span>
      {strictest && <span className="rule-mark rule-mark--strictest">{t('rules.strictest')}</span>}
      {!rule.verified && <span className="rule-mark rule-mark--unverified">{t('rules.unverified')}</span>}
      {rule.note && <span className="rule-cell__note">{pick(rule.note, language)}</span>}
      <RuleSource source={rule.source} />
    </td>
  );
}
