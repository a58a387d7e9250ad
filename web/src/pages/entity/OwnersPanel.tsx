import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getOwners } from '../../api/entities';
import { useLanguage } from '../../app/useLanguage';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';

function share(value: number | null, language: 'es' | 'en'): string {
  return value === null ? '—' : `${formatNumber(value * 100, language, 1)} %`;
}

/** The ownership chain above the entity and the ultimate owners at its end. */
export function OwnersPanel({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, loading } = useResource((signal) => getOwners(entityId, signal), `owners-${entityId}`);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return null;
  return (
    <div className="owners">
      <h3>{t('entity.ultimateOwners')}</h3>
      {data.ultimateOwners.length === 0 ? (
        <p className="muted">{t('entity.noOwners')}</p>
      ) : (
        <ul className="owner-list">
          {data.ultimateOwners.map((owner) => (
            <li key={owner.id}>
              <Link to={`/entities/${encodeURIComponent(owner.id)}`}>{owner.name}</Link>
              <span className="owner-share">{share(owner.share, language)}</span>
              {owner.path && owner.path.length > 0 && (
                <div className="muted small">{owner.path.map((step) => step.name).join(' → ')}</div>
              )}
            </li>
          ))}
        </ul>
      )}
      {data.chain && data.chain.length > 0 && (
        <>
          <h3>{t('entity.chain')}</h3>
          <ul className="chain">
            {data.chain.map((link, index) => (
              <li key={index}>
                <Link to={`/entities/${encodeURIComponent(link.owner.id)}`}>{link.owner.name}</Link>
                <span className="muted"> {t('entity.owns', { share: share(link.share, language) })} </span>
                <Link to={`/entities/${encodeURIComponent(link.owned.id)}`}>{link.owned.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
