import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getNetwork } from '../api/entities';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { CountryName } from '../components/CountryName';
import { emptyNetwork, mergeNetwork, type ExploredNetwork } from './networkModel';
import { NetworkLegend } from './NetworkLegend';
import { SigmaGraph } from './SigmaGraph';

/**
 * The entity's network, explored by expanding nodes: a click on a node in the graph, or its
 * "expand" button in the list beside it (the keyboard's way in), fetches its neighbours.
 */
export function NetworkPanel({ rootId }: { rootId: string }) {
  const { t } = useTranslation();
  const [network, setNetwork] = useState<ExploredNetwork>(emptyNetwork);
  const [error, setError] = useState<Error>();
  const [pending, setPending] = useState<string | null>(rootId);

  const expand = useCallback(async (id: string) => {
    setPending(id);
    setError(undefined);
    try {
      const fetched = await getNetwork(id);
      setNetwork((current) => mergeNetwork(current, id, fetched));
    } catch (reason) {
      setError(reason instanceof Error ? reason : new Error(String(reason)));
    } finally {
      setPending(null);
    }
  }, []);

  useEffect(() => {
    setNetwork(emptyNetwork());
    void expand(rootId);
  }, [rootId, expand]);

  const nodes = [...network.nodes.values()];
  return (
    <div className="network">
      <div className="network__graph">
        <SigmaGraph
          network={network}
          rootId={rootId}
          label={t('network.label', { nodes: nodes.length, edges: network.edges.size })}
          onNodeClick={(id) => {
            const clicked = network.nodes.get(id);
            if (clicked && isEntity(clicked)) void expand(id);
          }}
        />
        <NetworkLegend />
        <p className="muted small" aria-live="polite">
          {pending !== null
            ? t('network.expanding')
            : t('network.summary', { nodes: nodes.length, edges: network.edges.size })}
          {network.truncated && ` ${t('network.truncated')}`}
        </p>
      </div>
      {error && <ErrorMessage error={error} />}
      {nodes.length === 0 && pending !== null && <Loading />}
      <ul className="network__list" aria-label={t('network.nodes')}>
        {nodes.map((node) => (
          <li key={node.id} className={node.id === rootId ? 'is-root' : undefined}>
            <span className="network__name">
              {node.id === rootId || !isEntity(node) ? (
                <strong>{node.label ?? node.id}</strong>
              ) : (
                <Link to={`/entities/${encodeURIComponent(node.id)}`}>{node.label ?? node.id}</Link>
              )}
              <span className="muted small">
                {' '}
                {t(`kinds.${node.kind}`, node.kind)} · <CountryName code={node.country} />
              </span>
            </span>
            {isEntity(node) && (
              <button
                type="button"
                className="button button--small"
                disabled={node.expanded || pending !== null}
                onClick={() => void expand(node.id)}
                aria-label={t(node.expanded ? 'network.expandedNode' : 'network.expandNode', {
                  name: node.label ?? node.id,
                })}
              >
                {node.expanded ? t('network.expanded') : t('network.expand')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

// A country stands for the trade that crosses its border: it is drawn, but it is not an entity
// whose profile or neighbours the API serves.
function isEntity(node: { kind: string }): boolean {
  return node.kind !== 'COUNTRY';
}
