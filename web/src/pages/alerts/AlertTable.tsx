import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AlertSummary } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { ScoreBar } from '../../components/ScoreBar';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { formatNumber, formatPeriod, pick } from '../../format/format';

/**
 * The alert queue as a table: severity, title (a link to the episode or alert), typology and how
 * many alerts the episode holds, country, period, status, score.
 */
export function AlertTable({ alerts, eachAlert = false }: { alerts: AlertSummary[]; eachAlert?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('alerts.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alerts.severity')}</th>
            <th scope="col">{t('alerts.alert')}</th>
            <th scope="col" className="hide-narrow">
              {t('common.country')}
            </th>
            <th scope="col">{t('alerts.period')}</th>
            <th scope="col">{t('alerts.status')}</th>
            <th scope="col" className="num">
              {t('risk.score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => (
            <tr key={alert.id}>
              <td>
                <SeverityBadge severity={alert.severity} />
              </td>
              <td>
                <Link
                  to={`/alerts/${encodeURIComponent(alert.id)}${eachAlert ? '?each=alert' : ''}`}
                  className="strong-link"
                >
                  {pick(alert.title, language)}
                </Link>
                <div className="muted small">{pick(alert.typologyName, language) || alert.typology}</div>
                {alert.episode.alerts > 1 && (
                  <div className="small episode-size">
                    {t(eachAlert ? 'alerts.inEpisode' : 'alerts.episodeSize', {
                      count: alert.episode.alerts,
                      formatted: formatNumber(alert.episode.alerts, language),
                      period: formatPeriod(alert.period, language),
                    })}
                  </div>
                )}
              </td>
              <td className="hide-narrow">
                <CountryName code={alert.country} />
              </td>
              <td className="nowrap">{formatPeriod(alert.period, language)}</td>
              <td>
                <StatusBadge status={alert.status} />
              </td>
              <td className="num">
                <ScoreBar value={alert.score} label={formatNumber(alert.score * 100, language)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
