import { UndirectedGraph } from 'graphology';
import { createRequire } from 'node:module';
import type * as LouvainTypes from 'graphology-communities-louvain';
import type * as BetweennessTypes from 'graphology-metrics/centrality/betweenness.js';
import type { EdgeAttributes, PartyGraph } from './build-graph.js';

type LouvainModule = typeof LouvainTypes.default;
type BetweennessModule = typeof BetweennessTypes.default;

// CommonJS packages whose typings declare `export default` for what is module.exports: under
// NodeNext an ESM default import is typed one level off, so they are loaded as CommonJS.
const load = createRequire(import.meta.url);
const louvain = load('graphology-communities-louvain') as LouvainModule['default'];
const betweennessCentrality = load(
  'graphology-metrics/centrality/betweenness.js',
) as BetweennessModule['default'];

/** Trade links below this much fine gold are left out of betweenness (see docs/network.md). */
export const BETWEENNESS_MIN_TRADE_KG = 1;

export interface NodeScore {
  id: string;
  kind: string;
  name: string | null;
  value: number;
}

export interface Community {
  id: number;
  members: number;
  /** Fine gold and its value traded between two members of the community. */
  fineKgInside: number;
  usdInside: number;
  /** The members with the highest degree, to name the community. */
  top: string[];
}

export interface NetworkMetrics {
  nodes: number;
  edges: number;
  betweennessNodes: number;
  betweennessEdges: number;
  brokers: NodeScore[];
  hubs: NodeScore[];
  communities: Community[];
  modularity: number;
}

/** A fixed-seed generator (mulberry32): Louvain visits nodes in the same order on every run. */
export function seededRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The simple undirected graph of who is linked to whom, keeping edges `keep` accepts. */
export function project(graph: PartyGraph, keep: (edge: EdgeAttributes) => boolean): UndirectedGraph {
  const simple = new UndirectedGraph();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!keep(attributes)) return;
    simple.mergeNode(source);
    simple.mergeNode(target);
    // Each kind of link between a pair adds one to its weight.
    simple.updateEdge(source, target, (current: { weight?: number }) => ({
      weight: (current.weight ?? 0) + 1,
    }));
  });
  return simple;
}

/** Louvain on the undirected links (weighted by how many kinds join a pair), seeded for stability. */
export function louvainCommunities(
  graph: UndirectedGraph,
  seed = 1,
): { communities: Record<string, number>; modularity: number } {
  const { communities, modularity } = louvain.detailed(graph, {
    rng: seededRng(seed),
    getEdgeWeight: 'weight',
  });
  return { communities, modularity };
}

function top(graph: PartyGraph, scores: Map<string, number>, n: number): NodeScore[] {
  return [...scores]
    .filter(([, value]) => value > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, n)
    .map(([id, value]) => ({
      id,
      kind: graph.getNodeAttribute(id, 'kind'),
      name: graph.getNodeAttribute(id, 'name'),
      value,
    }));
}

/**
 * Hubs (degree: distinct parties linked), brokers (betweenness on unweighted hops: the share of
 * shortest paths a party sits on), and Louvain communities. Exact betweenness costs O(V*E): it runs
 * on the ownership, control and address links plus trade links of at least `minTradeKg` fine gold.
 */
export function networkMetrics(
  graph: PartyGraph,
  options: { top?: number; minTradeKg?: number; seed?: number } = {},
): NetworkMetrics {
  const n = options.top ?? 10;
  const minTradeKg = options.minTradeKg ?? BETWEENNESS_MIN_TRADE_KG;
  const whole = project(graph, () => true);
  const degree = new Map(whole.mapNodes((node) => [node, whole.degree(node)] as const));
  const bounded = project(graph, (edge) => edge.kind !== 'TRADE' || (edge.fineKg ?? 0) >= minTradeKg);
  const betweenness = new Map(Object.entries(betweennessCentrality(bounded)));
  const detailed = louvainCommunities(whole, options.seed);
  const communities = new Map<number, Community>();
  for (const id of Object.values(detailed.communities)) {
    const community = communities.get(id) ?? { id, members: 0, fineKgInside: 0, usdInside: 0, top: [] };
    community.members += 1;
    communities.set(id, community);
  }
  graph.forEachEdge((_edge, attributes, source, target) => {
    const id = detailed.communities[source];
    if (attributes.kind !== 'TRADE' || id === undefined || id !== detailed.communities[target]) return;
    const community = communities.get(id);
    if (community === undefined) return;
    community.fineKgInside += attributes.fineKg ?? 0;
    community.usdInside += attributes.usd ?? 0;
  });
  const largest = [...communities.values()].sort((a, b) => b.members - a.members || a.id - b.id).slice(0, n);
  for (const community of largest) {
    community.top = [...degree]
      .filter(([node]) => detailed.communities[node] === community.id)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, 3)
      .map(([node]) => node);
  }
  return {
    nodes: graph.order,
    edges: graph.size,
    betweennessNodes: bounded.order,
    betweennessEdges: bounded.size,
    brokers: top(graph, betweenness, n),
    hubs: top(graph, degree, n),
    communities: largest,
    modularity: detailed.modularity,
  };
}
