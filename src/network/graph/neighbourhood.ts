import type { Scope } from '../../store/scope/scope.js';
import { applyScope } from '../../store/scope/scope-markers.js';
import { sqlText } from '../../core/sql-text.js';
import type { Queryable } from '../../store/engine/database.js';
import { MAX_ADDRESS_GROUP, type EdgeKind } from './build-graph.js';

/** A node of a neighbourhood: an entity, an unresolved party, or a country gold was exported to. */
export interface NeighbourhoodNode {
  id: string;
  /** The name most of its visible records write; the country code for a country. */
  label: string | null;
  /** PERSON, ORGANISATION, COUNTRY, or UNKNOWN for a party no visible register lists. */
  kind: string;
  country: string | null;
  /** Links from the start (0 for the start itself). */
  hop: number;
}

/** One edge per ordered pair and kind, as in the party graph. */
export interface NeighbourhoodEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  records: number;
  fineKg: number | null;
  usd: number | null;
}

/** The parties within some links of one node, drawn from the records the user may see. */
export interface Neighbourhood {
  nodes: NeighbourhoodNode[];
  edges: NeighbourhoodEdge[];
  /** True when more nodes were in reach than the limit allowed. */
  truncated: boolean;
  /** Neighbours left out because none of their records is within the user's scope. */
  hidden: number;
}

interface NodeRow {
  id: string;
  entity_kind: string | null;
  records: number;
  visible: number;
  label: string | null;
  country: string | null;
  party_kind: string | null;
}

/**
 * The neighbourhood of `start` (an entity id, or a canonical id no entity holds) up to `hops` links
 * out, at most `limit` nodes: breadth first, the most strongly linked neighbours kept first when a
 * ring overflows. Each ring is one indexed query over the records of the ring's parties, never the
 * whole graph. Countries end a path: through them every exporter would be a neighbour.
 */
export async function neighbourhood(
  db: Queryable,
  scope: Scope,
  start: string,
  options: { hops: number; limit: number; maxAddressGroup?: number },
): Promise<Neighbourhood> {
  const [startRow] = await nodeRows(db, scope, [start]);
  const nodes = new Map<string, NeighbourhoodNode>([[start, toNode(startRow, start, 0)]]);
  const edges = new Map<string, NeighbourhoodEdge>();
  const hidden = new Set<string>();
  const group = options.maxAddressGroup ?? MAX_ADDRESS_GROUP;
  const touching = async (ids: readonly string[], within?: readonly string[]): Promise<NeighbourhoodEdge[]> =>
    edgeRows(db, scope, await partiesOf(db, ids), group, within ? await partiesOf(db, within) : null);
  let frontier = [start];
  let truncated = false;
  for (let hop = 1; hop <= options.hops && frontier.length > 0 && !truncated; hop += 1) {
    const rows = await touching(frontier);
    const strength = new Map<string, number>();
    for (const edge of rows) {
      edges.set(`${edge.kind}:${edge.source}>${edge.target}`, edge);
      for (const end of [edge.source, edge.target]) {
        if (!nodes.has(end) && !hidden.has(end)) strength.set(end, (strength.get(end) ?? 0) + edge.records);
      }
    }
    const reached = await nodeRows(db, scope, [...strength.keys()]);
    const visible = reached.filter((row) => {
      const seen = row.records === 0 || row.visible > 0;
      if (!seen) hidden.add(row.id);
      return seen;
    });
    visible.sort((a, b) => (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) || a.id.localeCompare(b.id));
    const room = options.limit - nodes.size;
    if (visible.length > room) truncated = true;
    const kept = visible.slice(0, Math.max(0, room)).map((row) => toNode(row, row.id, hop));
    for (const node of kept) nodes.set(node.id, node);
    frontier = kept.filter((node) => node.kind !== 'COUNTRY').map((node) => node.id);
  }
  // The links among the outermost ring, so the drawing shows every edge between the nodes it has.
  if (frontier.length > 0) {
    for (const edge of await touching(frontier, [...nodes.keys()])) {
      edges.set(`${edge.kind}:${edge.source}>${edge.target}`, edge);
    }
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)),
    truncated,
    hidden: hidden.size,
  };
}

/** The canonical ids of the parties of some nodes (an unresolved party or a country is its own). */
async function partiesOf(db: Queryable, ids: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT DISTINCT record_id AS id FROM entity_member WHERE entity_id = ANY ($1::text[])
     UNION SELECT unnest($1::text[])`,
    [ids],
  );
  return rows.map((row) => row.id);
}

// The parties are looked up first, so that the planner sees the list it searches the records for.
async function edgeRows(
  db: Queryable,
  scope: Scope,
  parties: readonly string[],
  maxAddressGroup: number,
  within: readonly string[] | null,
): Promise<NeighbourhoodEdge[]> {
  const params: unknown[] = [parties, maxAddressGroup, within];
  const sql = applyScope(sqlText('network/graph/neighbourhood-edges.sql'), scope, params);
  return db.query<NeighbourhoodEdge>(sql, params);
}

async function nodeRows(db: Queryable, scope: Scope, ids: readonly string[]): Promise<NodeRow[]> {
  if (ids.length === 0) return [];
  const params: unknown[] = [ids];
  return db.query<NodeRow>(
    applyScope(sqlText('network/graph/neighbourhood-nodes.sql'), scope, params),
    params,
  );
}

function toNode(row: NodeRow | undefined, id: string, hop: number): NeighbourhoodNode {
  const country = row === undefined || row.records === 0 ? /^[A-Z]{2}$/.test(id) : false;
  return {
    id,
    label: country ? id : (row?.label ?? null),
    kind: country ? 'COUNTRY' : (row?.entity_kind ?? row?.party_kind ?? 'UNKNOWN'),
    country: country ? id : (row?.country ?? null),
    hop,
  };
}
