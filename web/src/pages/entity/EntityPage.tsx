import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getEntity } from '../../api/entities';
import { useLanguage } from '../../app/useLanguage';
import { CountryName } from '../../components/CountryName';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { SeverityBadge } from '../../components/SeverityBadge';
import { pick } from '../../format/format';
import { useResource } from '../../hooks/useResource';
import { NetworkPanel } from '../../network/NetworkPanel';
import { EntityTimeline } from './EntityTimeline';
import { IdentitiesTable } from './IdentitiesTable';
import { OwnersPanel } from './OwnersPanel';
import { RiskBreakdown } from './RiskBreakdown';

/** An entity's profile: identities, owners, network, timeline, risk and alerts. */
export function EntityPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id = '' } = useParams();
  const {
    data: entity,
    error,
    loading,
    reload,
  } = useResource((signal) => getEntity(id, signal), `entity-${id}`);
  if (loading && !entity) return <Loading />;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (!entity) return null;
  return (
    <>
      <header className="page__head">
        <div className="badges">
          <span className="tag">{t(`kinds.${entity.kind}`, entity.kind)}</span>
          <span className="tag">
            <CountryName code={entity.country} />
          </span>
          <span className="tag code">{entity.id}</span>
        </div>
        <h1>{entity.name}</h1>
        <p className="muted">
          {entity.identifiers.map((identifier) => (
            <span key={identifier} className="code identifier">
              {identifier}
            </span>
          ))}
        </p>
      </header>
      <div className="grid grid--detail">
        <div className="stack">
          <Section title={t('entity.network')}>
            <NetworkPanel rootId={entity.id} />
          </Section>
          <Section title={t('entity.timeline')}>
            <EntityTimeline entityId={entity.id} />
          </Section>
          <Section title={t('entity.identities')}>
            <IdentitiesTable identities={entity.identities} />
          </Section>
        </div>
        <div className="stack">
          <Section title={t('entity.risk')}>
            <RiskBreakdown kind="entity" id={entity.id} />
          </Section>
          <Section title={t('entity.owners')}>
            <OwnersPanel entityId={entity.id} />
          </Section>
          <Section title={t('entity.alerts')}>
            {entity.alerts.items.length === 0 ? (
              <p className="muted">{t('entity.noAlerts')}</p>
            ) : (
              <ul className="alert-list">
                {entity.alerts.items.map((alert) => (
                  <li key={alert.id}>
                    <SeverityBadge severity={alert.severity} />
                    <Link to={`/alerts/${encodeURIComponent(alert.id)}`}>{pick(alert.title, language)}</Link>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
