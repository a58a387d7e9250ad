import type { BlockKeyToStore, LinkToStore, MemberToStore } from '../store/entities/entity-repository.js';
import type { Link } from './clustering.js';
import { confirmedLink, linkToStore } from './entity-link.js';
import { entityProfile } from './entity-profile.js';
import type { Batch, Neighbours } from './incremental-batch.js';
import type { PreparedRecord } from './prepared-record.js';
import type { ResolutionRecord } from './resolution-record.js';
import type { ScoredLink } from './scoring.js';

/** What an incremental run writes: the batch's members, keys and links, new and merged entities. */
export interface BatchChanges {
  /** Existing entities merged into another: from id, to id. */
  readonly moves: ReadonlyMap<string, string>;
  /** Entities made of batch records only, with the batch positions of their records. */
  readonly newEntities: ReadonlyMap<string, readonly number[]>;
  readonly members: readonly MemberToStore[];
  readonly blockKeys: readonly BlockKeyToStore[];
  readonly links: readonly LinkToStore[];
  /** Existing entities that gained records or absorbed others: their profiles are refreshed. */
  readonly touched: readonly string[];
}

/**
 * Turns the clustering of `all` (the batch, then its neighbours) into changes. Only links with a
 * batch record are new: the others are stored already, and the ties within an entity are not links.
 */
export function batchChanges(
  batch: Batch,
  neighbours: Neighbours,
  all: readonly PreparedRecord[],
  entityOf: readonly string[],
  clustered: { readonly used: readonly ScoredLink[]; readonly confirmed: readonly Link[] },
  bucketCap: number,
): BatchChanges {
  const m = batch.records.length;
  const moves = new Map<string, string>();
  neighbours.prepared.forEach((record, i) => {
    const before = neighbours.entityOf.get(record.key) ?? '';
    const after = entityOf[m + i] ?? before;
    if (before !== after) moves.set(before, after);
  });
  const existingIds = new Set(neighbours.entityOf.values());
  const newEntities = new Map<string, number[]>();
  batch.records.forEach((_, i) => {
    const id = entityOf[i] ?? '';
    if (!existingIds.has(id)) newEntities.set(id, [...(newEntities.get(id) ?? []), i]);
  });
  const members: MemberToStore[] = batch.parties.map((party, i) => ({
    recordKey: batch.records[i]?.key ?? '',
    layout: party.layout,
    recordId: party.id,
    entityId: entityOf[i] ?? '',
  }));
  const blockKeys: BlockKeyToStore[] = batch.records.flatMap((record, i) =>
    (batch.keys[i] ?? [])
      .filter((key) => (neighbours.keyCounts.get(key) ?? 0) < bucketCap)
      .map((key) => [key, record.key] as const),
  );
  const keyOf = (i: number): string => all[i]?.key ?? '';
  const links = [
    ...clustered.confirmed.filter((link) => link.a < m || link.b < m).map(confirmedLink),
    ...clustered.used,
  ].map((link) => linkToStore(link, keyOf, entityOf));
  const touched = [...new Set(members.map((member) => member.entityId).filter((id) => existingIds.has(id)))];
  return {
    moves,
    newEntities,
    members,
    blockKeys,
    links,
    touched: [...new Set([...touched, ...moves.values()])],
  };
}

/** Profiles of the entities made of batch records only. */
export function newProfiles(batch: Batch, changes: BatchChanges): ReturnType<typeof entityProfile>[] {
  return [...changes.newEntities].map(([id, positions]) =>
    entityProfile(
      id,
      positions.map((p) => batch.records[p] as ResolutionRecord),
      positions.map((p) => batch.parties[p]?.kind ?? 'ORGANISATION'),
    ),
  );
}
