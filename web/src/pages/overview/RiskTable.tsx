import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { listRisk } from '../../api/entities';
import type { RiskScore } from '../../api/types-entities';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';
import { ScoreBar } from '../../components/ScoreBar';

/** Where a scored subject's page is: entities and rights have their own; traders and exporters are parties. */
function linkFor(kind: string, row: RiskScore): string | null {
  if (kind === 'entity') return `/entities/${encodeURIComponent(row.id)}`;
  if (kind === 'right') return `/rights/${encodeURIComponent(row.id)}`;
  if (kind === 'trader' || kind === 'exporter') return `/subjects/${encodeURIComponent(row.id)}`;
  return null;
}

/** The riskiest subjects of a kind (entities, corridors), each with its score. */
export function RiskTable({ kind, title }: { kind: string; title: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, loading, reload } = useResource((signal) => listRisk(kind, 8, signal), `risk-${kind}`);
  return (
    <Section title={title}>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && data.items.length === 0 && <p className="muted">{t('common.none')}</p>}
      {data && data.items.length > 0 && (
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('risk.subject')}</th>
              <th scope="col">{t('common.country')}</th>
              <th scope="col" className="num">
                {t('risk.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((row) => {
              const href = linkFor(kind, row);
              const name = row.label;
              return (
                <tr key={row.id}>
                  <td>{href ? <Link to={href}>{name}</Link> : name}</td>
                  <td>
                    <CountryName code={row.country} />
                  </td>
                  <td className="num">
                    <ScoreBar value={row.score} label={formatNumber(row.score * 100, language)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Section>
  );
}
