import type { Database } from '../store/engine/database.js';
import { entityRepository, type PartyForResolution } from '../store/entities/entity-repository.js';
import { blockingKeys, candidatePairs, nameOrder, type BlockingOptions } from './blocking.js';
import { pairCode, pairOf } from './pair-codes.js';
import { partyToRecord } from './party-record.js';
import { prepareRecord, type PreparedRecord } from './prepared-record.js';
import type { ResolutionRecord } from './resolution-record.js';
import { kindOf, type ModelSnapshot } from './resolve-records.js';

/** The records no entity holds yet, prepared and keyed with the word counts of the last full run. */
export interface Batch {
  readonly parties: readonly PartyForResolution[];
  readonly records: readonly ResolutionRecord[];
  readonly prepared: readonly PreparedRecord[];
  readonly keys: readonly (readonly string[])[];
}

export function prepareBatch(parties: readonly PartyForResolution[], snapshot: ModelSnapshot): Batch {
  const records = parties.map(partyToRecord);
  const prepared = records.map(prepareRecord);
  const words = new Map(
    snapshot.kinds.flatMap((kind) => kind.words.map(([w, c]) => [`${kind.kind}:${w}`, c] as const)),
  );
  const keys = prepared.map((record) =>
    blockingKeys(record, (word) => words.get(`${kindOf(record)}:${word}`) ?? 1),
  );
  return { parties, records, prepared, keys };
}

/** The stored records that share a blocking key with the batch. */
export interface Neighbours {
  readonly hits: readonly { readonly blockKey: string; readonly recordKey: string }[];
  /** How many stored records hold each key: one held by more than the bucket cap is not followed. */
  readonly keyCounts: ReadonlyMap<string, number>;
  readonly prepared: readonly PreparedRecord[];
  /** Entity of each stored record by record key. */
  readonly entityOf: ReadonlyMap<string, string>;
}

/** Looks the batch's blocking keys up in entity_block_key and reads the records found back. */
export async function storedNeighbours(db: Database, batch: Batch): Promise<Neighbours> {
  const hits = await entityRepository.membersSharingKeys(db, [...new Set(batch.keys.flat())]);
  const keyCounts = new Map<string, number>();
  for (const hit of hits) keyCounts.set(hit.blockKey, (keyCounts.get(hit.blockKey) ?? 0) + 1);
  const parties = await entityRepository.partiesByKey(db, [...new Set(hits.map((hit) => hit.recordKey))]);
  return {
    hits,
    keyCounts,
    prepared: parties.map((party) => prepareRecord(partyToRecord(party))),
    entityOf: new Map(hits.map((hit) => [hit.recordKey, hit.entityId])),
  };
}

/**
 * The pairs to compare, packed over `all` (the batch, then the neighbours): pairs within the batch
 * as a full run blocks them, and each batch record with every stored record sharing one of its
 * keys under the cap. Persons meet only persons, organisations only organisations.
 */
export function batchPairs(
  batch: Batch,
  neighbours: Neighbours,
  all: readonly PreparedRecord[],
  blocking: BlockingOptions,
): Set<number> {
  const pairs = new Set<number>();
  const n = all.length;
  const addPair = (a: number, b: number): void => {
    if (a === b || all[a]?.person !== all[b]?.person) return;
    pairs.add(pairCode(a, b, n));
  };
  const m = batch.prepared.length;
  for (const code of candidatePairs(batch.keys, nameOrder(batch.prepared), blocking).pairs)
    addPair(...pairOf(code, m));
  const batchByKey = new Map<string, number[]>();
  batch.keys.forEach((keys, i) =>
    keys.forEach((key) => batchByKey.set(key, [...(batchByKey.get(key) ?? []), i])),
  );
  const position = new Map(all.map((record, i) => [record.key, i]));
  for (const hit of neighbours.hits) {
    const at = position.get(hit.recordKey);
    if (at === undefined || (neighbours.keyCounts.get(hit.blockKey) ?? 0) > blocking.bucketCap) continue;
    for (const i of batchByKey.get(hit.blockKey) ?? []) addPair(i, at);
  }
  return pairs;
}
