import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AlertDetail } from '../../api/types';
import { useLanguage } from '../../app/useLanguage';
import { SeverityBadge } from '../../components/SeverityBadge';
import { formatNumber, formatPeriod, pick } from '../../format/format';

/** The alerts of an episode, earliest first, each a link to that alert alone: its evidence month by month. */
export function EpisodeAlerts({
  alerts,
  current,
}: {
  alerts: AlertDetail['episodeAlerts'];
  current: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="episode-alerts">
      {alerts.map((alert) => (
        <li key={alert.id}>
          <SeverityBadge severity={alert.severity} />{' '}
          {alert.id === current ? (
            <strong>
              {formatPeriod(alert.period, language)} ({t('alert.thisAlert')})
            </strong>
          ) : (
            <Link to={`/alerts/${encodeURIComponent(alert.id)}?each=alert`}>
              {formatPeriod(alert.period, language)}
            </Link>
          )}{' '}
          <span className="muted small">
            {pick(alert.title, language)} · {formatNumber(alert.score * 100, language)}
          </span>
        </li>
      ))}
    </ol>
  );
}
