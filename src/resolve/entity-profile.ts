import type { EntityToStore } from '../store/entities/entity-repository.js';
import type { ResolutionRecord } from './resolution-record.js';

/**
 * The merged profile of an entity from its records: the name written most often (ties: the
 * longest, then the first in order), the most frequent country, and every identifier.
 */
export function entityProfile(
  id: string,
  members: readonly ResolutionRecord[],
  kinds: readonly string[],
): EntityToStore {
  const name = mostFrequent(
    members.map((member) => member.name),
    (a, b) => b.length - a.length,
  );
  const country = mostFrequent(
    members.flatMap((member) => (member.country ? [member.country] : [])),
    () => 0,
  );
  const kind = mostFrequent([...kinds], () => 0) ?? 'ORGANISATION';
  const identifiers = [...new Set(members.flatMap((member) => member.identifiers))].sort();
  return { id, kind, name: name ?? '', country: country ?? null, identifiers, memberCount: members.length };
}

function mostFrequent(values: readonly string[], tie: (a: string, b: string) => number): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (best === undefined || count > bestCount || (count === bestCount && tie(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}
