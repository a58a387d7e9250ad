import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getOwners } from '../../api/entities';
import type { Owner } from '../../api/types-entities';
import { useLanguage } from '../../app/useLanguage';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { formatNumber } from '../../format/format';
import { useResource } from '../../hooks/useResource';

function share(value: number | null, language: 'es' | 'en'): string {
  return value === null ? '—' : `${formatNumber(value * 100, language, 1)} %`;
}

/** One ultimate owner: name (a link when resolved to an entity), effective share, and the chains to it. */
function OwnerItem({ owner }: { owner: Owner }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const name = owner.name ?? owner.party;
  return (
    <li>
      <div className="owner-line">
        {owner.entity ? <Link to={`/entities/${encodeURIComponent(owner.entity)}`}>{name}</Link> : name}
        <span className="owner-share">{share(owner.effectiveShare, language)}</span>
      </div>
      {owner.chains.map((chain, index) => (
        <div key={index} className="muted small chain-path">
          {chain.path.join(' → ')}
          {!chain.declared && ` (${t('entity.inferred')})`}
          {chain.links[0] && (
            <>
              {' · '}
              <Link to={`/data?file=${encodeURIComponent(chain.links[0].file)}`}>{chain.links[0].file}</Link>
              {` ${t('alert.row')} ${formatNumber(chain.links[0].row, language)}`}
            </>
          )}
        </div>
      ))}
      {owner.control.length > 0 && (
        <div className="small">
          {t('entity.control')}: {owner.control.map((item) => item.interest).join(', ')}
        </div>
      )}
    </li>
  );
}

/** The ultimate owners above each party the entity is registered as, with the chains that lead there. */
export function OwnersPanel({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useResource((signal) => getOwners(entityId, signal), `owners-${entityId}`);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return null;
  const owners = data.subjects.flatMap((subject) => subject.owners);
  return (
    <div className="owners">
      {owners.length === 0 ? (
        <p className="muted">{t('entity.noOwners')}</p>
      ) : (
        <ul className="owner-list">
          {owners.map((owner) => (
            <OwnerItem key={owner.party} owner={owner} />
          ))}
        </ul>
      )}
      {data.subjects.some((subject) => subject.loops.length > 0) && (
        <p className="notice notice--warning small">{t('entity.loops')}</p>
      )}
      {data.subjects.some((subject) => subject.undeclaredAbove.length > 0) && (
        <p className="muted small">{t('entity.undeclaredAbove')}</p>
      )}
    </div>
  );
}
