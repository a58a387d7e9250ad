import { createHash } from 'node:crypto';

/**
 * Entity ids that stay put from run to run. A cluster inherits the id of the previous entity it
 * shares most records with (each id goes to one cluster only); any other cluster gets an id
 * derived from its smallest record key, so a fresh database yields the same ids every time.
 */
export function assignEntityIds(
  clusters: readonly (readonly string[])[],
  previous: ReadonlyMap<string, string>,
): string[] {
  const ids = new Array<string | undefined>(clusters.length).fill(undefined);
  const claims: { cluster: number; id: string; overlap: number }[] = [];
  clusters.forEach((members, cluster) => {
    const overlap = new Map<string, number>();
    for (const key of members) {
      const id = previous.get(key);
      if (id !== undefined) overlap.set(id, (overlap.get(id) ?? 0) + 1);
    }
    for (const [id, count] of overlap) claims.push({ cluster, id, overlap: count });
  });
  claims.sort(
    (x, y) => y.overlap - x.overlap || (x.id < y.id ? -1 : x.id > y.id ? 1 : x.cluster - y.cluster),
  );
  const taken = new Set<string>();
  for (const claim of claims) {
    if (ids[claim.cluster] !== undefined || taken.has(claim.id)) continue;
    ids[claim.cluster] = claim.id;
    taken.add(claim.id);
  }
  for (const id of previous.values()) taken.add(id);
  return clusters.map((members, cluster) => {
    const inherited = ids[cluster];
    if (inherited !== undefined) return inherited;
    const smallest = members.reduce((min, key) => (key < min ? key : min), members[0] ?? '');
    let id = freshId(smallest);
    for (let n = 2; taken.has(id); n++) id = freshId(`${smallest}#${n}`);
    taken.add(id);
    return id;
  });
}

function freshId(seed: string): string {
  return `E${createHash('sha1').update(seed).digest('hex').slice(0, 12).toUpperCase()}`;
}
