import { useTranslation } from 'react-i18next';
import { listReveals } from '../../api/reveal';
import { useAuth } from '../../auth/AuthContext';
import { may } from '../../auth/permissions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { Section } from '../../components/Section';
import { useResource } from '../../hooks/useResource';
import { RevealCard } from './RevealCard';
import './reveal.css';

/**
 * "Revelaciones": the requests to reveal a pseudonymised person. At a country's node, those a hub
 * made of it, which its supervisors approve or refuse; at the hub, those it made, and the identity
 * an approval brought back, shown to the one who asked until it expires.
 */
export function RevealPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { data, error, loading, reload } = useResource((signal) => listReveals(signal), 'reveals');
  const mayDecide = may(me, 'decide-reveal');
  const incoming = data?.requests.filter((reveal) => reveal.direction === 'incoming') ?? [];
  const outgoing = data?.requests.filter((reveal) => reveal.direction === 'outgoing') ?? [];
  return (
    <>
      <header className="page__head">
        <h1>{t('reveal.title')}</h1>
        <p className="muted">{t(mayDecide ? 'reveal.subtitle' : 'reveal.subtitleOwn')}</p>
      </header>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && (
        <div className="stack">
          <Section title={t('reveal.incoming')}>
            {incoming.length === 0 ? (
              <p className="muted">{t('reveal.noIncoming')}</p>
            ) : (
              <ol className="plain-list reveal-list">
                {incoming.map((reveal) => (
                  <li key={reveal.id}>
                    <RevealCard reveal={reveal} mayDecide={mayDecide} onDecided={reload} />
                  </li>
                ))}
              </ol>
            )}
          </Section>
          <Section title={t('reveal.outgoing')}>
            {outgoing.length === 0 ? (
              <p className="muted">{t('reveal.noOutgoing')}</p>
            ) : (
              <ol className="plain-list reveal-list">
                {outgoing.map((reveal) => (
                  <li key={reveal.id}>
                    <RevealCard reveal={reveal} mayDecide={false} onDecided={reload} />
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </div>
      )}
    </>
  );
}
