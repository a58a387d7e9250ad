import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import { formatNumber } from '../../format/format';

/** A country's alerts now and under the candidate, with the difference. */
export function WhatIfCell({ counts }: { counts: { now: number; strictest: number } | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (counts === undefined) return <td className="what-if-cell" />;
  const difference = counts.strictest - counts.now;
  const signed = `${difference > 0 ? '+' : ''}${formatNumber(difference, language)}`;
  return (
    <td className={difference > 0 ? 'what-if-cell is-more' : 'what-if-cell'}>
      <span className="what-if-cell__counts">
        {t('rules.whatIf.counts', {
          now: formatNumber(counts.now, language),
          strictest: formatNumber(counts.strictest, language),
        })}
      </span>
      <span className="what-if-cell__difference">{t('rules.whatIf.difference', { difference: signed })}</span>
    </td>
  );
}
