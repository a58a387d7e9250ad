import { useTranslation } from 'react-i18next';
import { getFederationNodes } from '../../api/federation';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useResource } from '../../hooks/useResource';
import { NodeCard } from './NodeCard';
import './nodes.css';

/**
 * "Nodos": the national nodes that share with this one (at the regional hub, the four countries),
 * each agreement in words, the last exchange, and what arrived and what stayed in each country.
 */
export function NodesPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useResource((signal) => getFederationNodes(signal), 'nodes');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <header className="page__head">
        <h1>{t('nodes.title')}</h1>
        <p className="muted">{t('nodes.subtitle')}</p>
      </header>
      {loading && !data && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && data.nodes.length === 0 && <p className="muted">{t('nodes.none')}</p>}
      {data?.nodes.map((node) => (
        <NodeCard key={node.nodeId} node={node} today={today} />
      ))}
    </>
  );
}
