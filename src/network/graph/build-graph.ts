import { MultiDirectedGraph } from 'graphology';
import { sqlText } from '../../core/sql-text.js';
import type { Queryable } from '../../store/engine/database.js';

/** Why two parties are linked: who owns or controls whom, a shared address, gold traded. */
export type EdgeKind = 'OWNERSHIP' | 'CONTROL' | 'SHARED_ADDRESS' | 'TRADE';

export interface NodeAttributes {
  /** PERSON, ORGANISATION (party kinds), or COUNTRY for an export destination. */
  kind: string;
  name: string | null;
}

/** One edge per ordered pair and kind: the records it aggregates and, for TRADE, the gold moved. */
export interface EdgeAttributes {
  kind: EdgeKind;
  records: number;
  fineKg: number | null;
  /** Fine gold valued at the month's reference price; null when no price covers the months. */
  usd: number | null;
}

export type PartyGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** Organisations at one address above this many are a registered agent's address, not a link. */
export const MAX_ADDRESS_GROUP = 50;

interface EdgeRow extends EdgeAttributes {
  source: string;
  target: string;
}

/**
 * The party graph: owner->company (OWNERSHIP), representative or controller->company (CONTROL),
 * organisation pairs at one registered address (SHARED_ADDRESS), seller->buyer and exporter->
 * destination country (TRADE). Aggregated in SQL: memory holds one row per edge.
 */
export async function buildGraph(
  db: Queryable,
  options: { maxAddressGroup?: number } = {},
): Promise<PartyGraph> {
  const graph: PartyGraph = new MultiDirectedGraph();
  const nodes = await db.query<NodeAttributes & { id: string }>(sqlText('network/graph/nodes.sql'));
  for (const { id, kind, name } of nodes) graph.addNode(id, { kind, name });
  const edges = await db.query<EdgeRow>(sqlText('network/graph/edges.sql'), [
    options.maxAddressGroup ?? MAX_ADDRESS_GROUP,
  ]);
  for (const { source, target, kind, records, fineKg, usd } of edges) {
    // A country is a node only as an export destination; a party no register lists still links.
    for (const id of [source, target]) {
      if (!graph.hasNode(id))
        graph.addNode(id, { kind: /^[A-Z]{2}$/.test(id) ? 'COUNTRY' : 'UNKNOWN', name: null });
    }
    graph.addEdgeWithKey(`${kind}:${source}>${target}`, source, target, { kind, records, fineKg, usd });
  }
  return graph;
}
