import { useTranslation } from 'react-i18next';
import { getRisk } from '../../api/entities';
import { useLanguage } from '../../app/useLanguage';
import { Loading } from '../../components/Loading';
import { ScoreBar } from '../../components/ScoreBar';
import { formatNumber, pick } from '../../format/format';
import { useResource } from '../../hooks/useResource';

/** A subject's risk score and what contributed to it, largest first. */
export function RiskBreakdown({ kind, id }: { kind: string; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, loading } = useResource((signal) => getRisk(kind, id, signal), `risk-${kind}-${id}`);
  if (loading && !data) return <Loading />;
  if (error || !data) return <p className="muted">{t('risk.none')}</p>;
  const contributions = [...data.contributions].sort((a, b) => b.value - a.value);
  return (
    <div className="risk">
      <div className="risk__score">
        <span className="risk__number">{formatNumber(data.score * 100, language)}</span>
        <span className="muted">/ 100</span>
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
          {contributions.map((item) => (
            <tr key={item.factor}>
              <td>{pick(item.label, language) || t(`riskFactors.${item.factor}`, item.factor)}</td>
              <td className="num">
                <ScoreBar value={item.value} label={formatNumber(item.value * 100, language, 1)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
