import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SEVERITIES, type Overview } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { formatKg, formatNumber, formatUsd } from '../../format/format';

/** The overview's headline figures: unresolved alerts by severity, value at stake, gold unaccounted for. */
export function KeyFigures({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const count = (severity: string) =>
    overview.bySeverity.find((row) => row.severity === severity)?.alerts ?? 0;
  return (
    <section className="figures" aria-label={t('overview.keyFigures')}>
      <div className="figure figure--total">
        <span className="figure__label">{t('overview.openAlerts')}</span>
        <span className="figure__value">{formatNumber(overview.unresolved.alerts, language)}</span>
        <div className="figure__split">
          {SEVERITIES.map((severity) => (
            <Link
              key={severity}
              to={`/alerts?status=unresolved&severity=${severity}`}
              className={`pill pill--${severity}`}
              aria-label={`${t(`severity.${severity}`)}: ${formatNumber(count(severity), language)}`}
            >
              <span>{t(`severity.${severity}`)}</span>
              <strong>{formatNumber(count(severity), language)}</strong>
            </Link>
          ))}
        </div>
        <span className="figure__note">{t('overview.openAlertsNote')}</span>
      </div>
      <div className="figure">
        <span className="figure__label">{t('overview.valueAtStake')}</span>
        <span className="figure__value">{formatUsd(overview.unresolved.valueAtStakeUsd, language)}</span>
        <span className="figure__note">{t('overview.valueAtStakeNote')}</span>
      </div>
      <div className="figure">
        <span className="figure__label">{t('overview.goldUnaccounted')}</span>
        <span className="figure__value">{formatKg(overview.unresolved.unaccountedFineKg, language)}</span>
        <span className="figure__note">{t('overview.goldUnaccountedNote')}</span>
      </div>
    </section>
  );
}
