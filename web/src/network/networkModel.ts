import type { Network, NetworkEdge, NetworkNode } from '../api/types-entities';

/** A node as the graph view places it: where it sits, and whether its neighbours were fetched. */
export interface PlacedNode extends NetworkNode {
  x: number;
  y: number;
  expanded: boolean;
}

/** The network the user has explored so far. */
export interface ExploredNetwork {
  nodes: Map<string, PlacedNode>;
  edges: Map<string, NetworkEdge>;
  truncated: boolean;
}

/** The edge's key: its ends and kind, so a link fetched twice is drawn once. */
export function edgeKey(edge: NetworkEdge): string {
  return `${edge.source}|${edge.target}|${edge.kind}`;
}

/**
 * Adds what was fetched around `centre` to the explored network. New nodes fan out from the centre,
 * away from the origin, so every expansion grows outwards without a layout engine.
 */
export function mergeNetwork(current: ExploredNetwork, centre: string, fetched: Network): ExploredNetwork {
  const nodes = new Map(current.nodes);
  const edges = new Map(current.edges);
  const origin = nodes.get(centre) ?? { x: 0, y: 0 };
  const fresh = fetched.nodes.filter((node) => !nodes.has(node.id) && node.id !== centre);
  const centreNode = fetched.nodes.find((node) => node.id === centre);
  if (!nodes.has(centre) && centreNode) nodes.set(centre, { ...centreNode, x: 0, y: 0, expanded: true });
  // The root's ring starts a quarter turn up, so no neighbour sits on the root's label (drawn to its right).
  const away = origin.x === 0 && origin.y === 0 ? -Math.PI / 2 : Math.atan2(origin.y, origin.x);
  const spread = origin.x === 0 && origin.y === 0 ? Math.PI * 2 : Math.PI * 0.9;
  const radius = origin.x === 0 && origin.y === 0 ? 1 : 0.7;
  fresh.forEach((node, index) => {
    const step = spread / Math.max(fresh.length, 1);
    const angle = away - spread / 2 + step * (index + 0.5);
    nodes.set(node.id, {
      ...node,
      x: origin.x + Math.cos(angle) * radius,
      y: origin.y + Math.sin(angle) * radius,
      expanded: false,
    });
  });
  const centreEntry = nodes.get(centre);
  if (centreEntry) nodes.set(centre, { ...centreEntry, expanded: true });
  for (const edge of fetched.edges) {
    if (nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edgeKey(edge), edge);
  }
  return { nodes, edges, truncated: current.truncated || fetched.truncated };
}

/** An empty network. */
export function emptyNetwork(): ExploredNetwork {
  return { nodes: new Map(), edges: new Map(), truncated: false };
}
