import type { IdentityKey } from './identity-keys.js';
import { withinOneEdit } from './text-similarity.js';

/** A scored pair of records (indices) above the match threshold. */
export interface Link {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

/** What clustering must respect besides the links. */
export interface ClusterConstraints {
  /** Identity keys of each record: two valid identifiers of one scheme, more than a typo apart, never merge. */
  readonly ids: readonly (readonly IdentityKey[])[];
  /** Pairs an analyst confirmed: merged first, whatever the score. */
  readonly confirmed: readonly (readonly [number, number])[];
  /** Pairs an analyst rejected: the two records never end in one entity. */
  readonly rejected: readonly (readonly [number, number])[];
}

/**
 * Two clusters conflict when, for a scheme both hold, no value of one is within a typing error
 * of a value of the other. One close pair is enough: a cluster that holds an identifier and its
 * typo accepts another typo of the same identifier, which may be two edits from the first typo.
 */
function conflicting(a: ReadonlyMap<string, IdentityKey>, b: ReadonlyMap<string, IdentityKey>): boolean {
  const schemes = new Map<string, boolean>();
  for (const x of a.values())
    for (const y of b.values()) {
      if (x.scheme !== y.scheme) continue;
      if (withinOneEdit(x.value, y.value)) schemes.set(x.scheme, true);
      else if (!schemes.has(x.scheme)) schemes.set(x.scheme, false);
    }
  for (const close of schemes.values()) if (!close) return true;
  return false;
}

/** What a union of two clusters was refused for, or undefined when it went through. */
export type Refusal = 'REJECTED' | 'IDENTIFIER_CONFLICT' | undefined;

/**
 * Groups records into entities: confirmed pairs first, then links from the strongest down, each
 * union refused when it would put an analyst-rejected pair, or two valid identifiers of one
 * scheme more than a typing error apart, into one entity. Returns each record's cluster root and the links
 * that made the clusters (a spanning forest, the evidence each merge rests on).
 */
export function clusterRecords<L extends Link>(
  count: number,
  links: readonly L[],
  constraints: ClusterConstraints,
): { roots: Int32Array; used: L[]; confirmed: Link[]; refused: number } {
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const identities = new Map<number, Map<string, IdentityKey>>();
  const rejects = new Map<number, number[]>();
  constraints.ids.forEach((keys, record) => {
    const valid = keys.filter((key) => key.checked);
    if (valid.length > 0) identities.set(record, new Map(valid.map((key) => [key.key, key])));
  });
  for (const [a, b] of constraints.rejected) {
    rejects.set(a, [...(rejects.get(a) ?? []), b]);
    rejects.set(b, [...(rejects.get(b) ?? []), a]);
  }
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] ?? root;
    let node = x;
    while (parent[node] !== root) {
      const next = parent[node] ?? root;
      parent[node] = root;
      node = next;
    }
    return root;
  };
  const union = (a: number, b: number, checkIdentity: boolean): Refusal | 'SAME' => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return 'SAME';
    const partnersA = rejects.get(ra) ?? [];
    const partnersB = rejects.get(rb) ?? [];
    if (partnersA.some((p) => find(p) === rb) || partnersB.some((p) => find(p) === ra)) return 'REJECTED';
    const idsA = identities.get(ra);
    const idsB = identities.get(rb);
    if (checkIdentity && idsA && idsB && conflicting(idsA, idsB)) return 'IDENTIFIER_CONFLICT';
    parent[rb] = ra;
    if (idsB) identities.set(ra, new Map([...(idsA ?? []), ...idsB]));
    if (partnersB.length > 0) rejects.set(ra, [...partnersA, ...partnersB]);
    identities.delete(rb);
    rejects.delete(rb);
    return undefined;
  };
  const used: L[] = [];
  const confirmed: Link[] = [];
  let refused = 0;
  for (const [a, b] of constraints.confirmed)
    if (union(a, b, false) === undefined) confirmed.push({ a, b, weight: Number.POSITIVE_INFINITY });
  const sorted = [...links].sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  for (const link of sorted) {
    const outcome = union(link.a, link.b, true);
    if (outcome === undefined) used.push(link);
    else if (outcome !== 'SAME') refused++;
  }
  const roots = new Int32Array(count);
  for (let i = 0; i < count; i++) roots[i] = find(i);
  return { roots, used, confirmed, refused };
}
