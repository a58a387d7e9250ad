import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import { formatNumber } from '../../format/format';

/** How a rule's value reads: yes or no, an amount with its unit, or the name it holds (a register). */
export function useRuleValue(): (value: boolean | number | string, unit: string | undefined) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return (value, unit) => {
    if (typeof value === 'boolean') return value ? t('rules.yes') : t('rules.no');
    if (typeof value === 'string') return value;
    const amount = formatNumber(value, language, 3);
    return unit === undefined ? amount : `${amount} ${t(`rules.units.${unit}`, unit)}`;
  };
}
