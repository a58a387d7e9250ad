import Graph from 'graphology';
import Sigma from 'sigma';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { edgeKey, type ExploredNetwork } from './networkModel';

const KIND_COLOURS: Record<string, string> = {
  PERSON: '#3b7bbf',
  ORGANISATION: '#1d3f6e',
  COUNTRY: '#667085',
};

/** Edge colours by kind; the legend beside the graph uses the same. */
export const EDGE_COLOURS: Record<string, string> = {
  OWNERSHIP: '#1d3f6e',
  CONTROL: '#6941c6',
  SHARED_ADDRESS: '#98a2b3',
  TRADE: '#c9a227',
};

function nodeColour(kind: string, risk: number | null): string {
  if (risk !== null && risk >= 0.75) return '#b42318';
  if (risk !== null && risk >= 0.5) return '#dc6803';
  return KIND_COLOURS[kind.toUpperCase()] ?? '#475467';
}

/** The explored network drawn with sigma.js (WebGL); a click on a node asks to expand it. */
export function SigmaGraph({
  network,
  rootId,
  label,
  onNodeClick,
}: {
  network: ExploredNetwork;
  rootId: string;
  label: string;
  onNodeClick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const graphRef = useRef(new Graph({ multi: false, type: 'undirected' }));
  const sigmaRef = useRef<Sigma | null>(null);
  const clickRef = useRef(onNodeClick);
  clickRef.current = onNodeClick;
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) return;
    try {
      const sigma = new Sigma(graphRef.current, container.current, {
        // Sizes in screen pixels: sigma 4 otherwise reads them in graph units, and a node of size 7
        // on a graph one unit wide covers the whole stage.
        settings: {
          itemSizesReference: 'screen',
          labelRenderedSizeThreshold: 6,
          renderEdgeLabels: false,
          stagePadding: 40,
        },
      });
      sigma.on('clickNode', ({ node }) => clickRef.current(node));
      sigmaRef.current = sigma;
      return () => {
        sigma.kill();
        sigmaRef.current = null;
      };
    } catch {
      setFailed(true);
      return undefined;
    }
  }, []);

  useEffect(() => {
    const graph = graphRef.current;
    for (const node of network.nodes.values()) {
      const attributes = {
        x: node.x,
        y: node.y,
        label: node.label ?? node.id,
        size: node.id === rootId ? 14 : 7 + (node.risk ?? 0) * 8,
        color: node.id === rootId ? '#101828' : nodeColour(node.kind, node.risk),
      };
      if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, attributes);
      else graph.addNode(node.id, attributes);
    }
    for (const edge of network.edges.values()) {
      const key = edgeKey(edge);
      if (graph.hasEdge(key) || graph.hasEdge(edge.source, edge.target)) continue;
      graph.addEdgeWithKey(key, edge.source, edge.target, {
        size: Math.min(5, 1 + Math.log2(1 + edge.weight)),
        color: EDGE_COLOURS[edge.kind.toUpperCase()] ?? '#98a2b3',
      });
    }
    sigmaRef.current?.refresh();
  }, [network, rootId]);

  if (failed)
    return (
      <div className="graph graph--failed" role="note">
        {t('network.noWebgl')}
      </div>
    );
  return <div ref={container} className="graph" role="img" aria-label={label} />;
}
