import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getRisk } from '../../api/entities';
import { useLanguage } from '../../app/useLanguage';
import { Loading } from '../../components/Loading';
import { ScoreBar } from '../../components/ScoreBar';
import { formatNumber, pick } from '../../format/format';
import { useResource } from '../../hooks/useResource';

const SHOWN = 8;

/** A subject's risk score and what contributed to it, the largest contributions first. */
export function RiskBreakdown({ kind, id }: { kind: string; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, loading } = useResource((signal) => getRisk(kind, id, signal), `risk-${kind}-${id}`);
  if (loading && !data) return <Loading />;
  if (error || !data) return <p className="muted">{t('risk.none')}</p>;
  const contributions = [...data.contributions].sort((a, b) => b.points - a.points).slice(0, SHOWN);
  return (
    <div className="risk">
      <div className="risk__score">
        <span className="risk__number">{formatNumber(data.score * 100, language)}</span>
        <span className="muted">/ 100 · {t('risk.rank', { rank: data.rank })}</span>
      </div>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('risk.breakdown')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risk.factor')}</th>
            <th scope="col" className="num">
              {t('risk.contribution')}
            </th>
          </tr>
        </thead>
        <tbody>
          {contributions.map((item, index) => (
            <tr key={`${item.code}-${item.alertId ?? index}`}>
              <td>
                {item.alertId ? (
                  <Link to={`/alerts/${encodeURIComponent(item.alertId)}`}>{pick(item.name, language)}</Link>
                ) : (
                  pick(item.name, language)
                )}
                <div className="muted small">
                  {item.source === 'alert' ? t('risk.fromAlert') : t('risk.fromSignal')} · {t('risk.weight')}{' '}
                  {formatNumber(item.weight, language, 2)}
                </div>
              </td>
              <td className="num">
                <ScoreBar value={item.points} label={formatNumber(item.points * 100, language, 1)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
