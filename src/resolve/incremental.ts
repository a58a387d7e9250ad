import type { Database } from '../store/engine/database.js';
import {
  entityRepository,
  type BlockKeyToStore,
  type LinkToStore,
  type MemberToStore,
} from '../store/entities/entity-repository.js';
import { blockingKeys, candidatePairs, nameOrder } from './blocking.js';
import { clusterRecords } from './clustering.js';
import { entityProfile } from './entity-profile.js';
import { partyToRecord } from './party-record.js';
import { prepareRecord, type PreparedRecord } from './prepared-record.js';
import { entityIds, indexPairs, kindOf, type ModelSnapshot } from './resolve-records.js';
import { runFullResolution, type ResolutionSummary, type RunOptions } from './run-resolution.js';
import { PairScorer, type ScoredLink } from './scoring.js';
import { NameFrequencies } from './term-frequency.js';

/**
 * Resolves the party records no entity holds yet against the existing entities, with the model of
 * the last full run: the batch meets only the stored records that share a blocking key with it,
 * so the cost follows the batch, not the database. A batch that links two entities merges them.
 */
export async function runIncrementalResolution(
  db: Database,
  options: RunOptions = {},
): Promise<ResolutionSummary> {
  const snapshot = (await entityRepository.latestModel(db)) as ModelSnapshot | undefined;
  if (!snapshot?.kinds) return runFullResolution(db, options);
  const started = performance.now();
  const stage = options.onStage ?? ((): void => undefined);
  const runId = await entityRepository.startRun(db, 'incremental');
  stage('reading the new batch');
  const batchParties = await entityRepository.unresolvedParties(db);
  const batch = batchParties.map(partyToRecord);
  if (batch.length === 0) {
    const empty = {
      runId,
      mode: 'incremental' as const,
      records: 0,
      candidatePairs: 0,
      links: 0,
      entities: 0,
      mergedRecords: 0,
      refused: 0,
      seconds: 0,
      models: snapshot.kinds,
    };
    await entityRepository.finishRun(db, runId, { ...empty, model: snapshot });
    return empty;
  }
  const batchPrepared = batch.map(prepareRecord);
  const words = new Map(
    snapshot.kinds.flatMap((kind) => kind.words.map(([w, c]) => [`${kind.kind}:${w}`, c] as const)),
  );
  const batchKeys = batchPrepared.map((record) =>
    blockingKeys(record, (word) => words.get(`${kindOf(record)}:${word}`) ?? 1),
  );
  stage('finding candidates');
  const cap = snapshot.blocking.bucketCap;
  const found = await entityRepository.membersSharingKeys(db, [...new Set(batchKeys.flat())]);
  const keyCounts = new Map<string, number>();
  for (const hit of found) keyCounts.set(hit.blockKey, (keyCounts.get(hit.blockKey) ?? 0) + 1);
  const existingParties = await entityRepository.partiesByKey(db, [
    ...new Set(found.map((hit) => hit.recordKey)),
  ]);
  const existingPrepared = existingParties.map((party) => prepareRecord(partyToRecord(party)));
  const entityOfExisting = new Map(found.map((member) => [member.recordKey, member.entityId]));
  const all: PreparedRecord[] = [...batchPrepared, ...existingPrepared];
  const position = new Map(all.map((record, i) => [record.key, i]));
  stage('comparing');
  const pairs = new Set<number>();
  const n = all.length;
  const addPair = (a: number, b: number): void => {
    if (a === b || all[a]?.person !== all[b]?.person) return;
    pairs.add(a < b ? a * n + b : b * n + a);
  };
  const within = candidatePairs(batchKeys, nameOrder(batchPrepared), snapshot.blocking).pairs;
  const m = batchPrepared.length;
  for (const code of within) addPair(Math.floor(code / m), code % m);
  const batchByKey = new Map<string, number[]>();
  batchKeys.forEach((keys, i) =>
    keys.forEach((key) => batchByKey.set(key, [...(batchByKey.get(key) ?? []), i])),
  );
  for (const hit of found) {
    const at = position.get(hit.recordKey);
    if (at === undefined || (keyCounts.get(hit.blockKey) ?? 0) > cap) continue;
    for (const i of batchByKey.get(hit.blockKey) ?? []) addPair(i, at);
  }
  const scorers = new Map(
    snapshot.kinds.map((kind) => [
      kind.kind,
      new PairScorer(
        kind.model,
        new NameFrequencies(new Map(kind.names.common), kind.names.total, kind.names.squares),
        options.threshold ?? snapshot.threshold,
      ),
    ]),
  );
  const links: ScoredLink[] = [];
  for (const code of pairs) {
    const a = Math.floor(code / n);
    const b = code % n;
    const link = scorers.get(kindOf(all[a] as PreparedRecord))?.score(all, a, b);
    if (link) links.push(link);
  }
  const judgements = await entityRepository.judgements(db);
  const ties: [number, number][] = [];
  const firstOfEntity = new Map<string, number>();
  existingPrepared.forEach((record, i) => {
    const entity = entityOfExisting.get(record.key) ?? '';
    const first = firstOfEntity.get(entity);
    if (first === undefined) firstOfEntity.set(entity, m + i);
    else ties.push([first, m + i]);
  });
  const pairsOf = (verdict: string): [string, string][] =>
    judgements.filter((j) => j.verdict === verdict).map((j) => [j.recordA, j.recordB]);
  const confirmed = indexPairs(all, pairsOf('CONFIRM'));
  const clustered = clusterRecords(all.length, links, {
    ids: all.map((record) => record.ids),
    confirmed: [...ties, ...confirmed],
    rejected: indexPairs(all, pairsOf('REJECT')),
  });
  const entityOf = entityIds(all, clustered.roots, entityOfExisting);
  const moves = new Map<string, string>();
  existingPrepared.forEach((record, i) => {
    const before = entityOfExisting.get(record.key) ?? '';
    const after = entityOf[m + i] ?? before;
    if (before !== after) moves.set(before, after);
  });
  const existingIds = new Set(entityOfExisting.values());
  const newEntities = new Map<string, number[]>();
  batch.forEach((_, i) => {
    const id = entityOf[i] ?? '';
    if (!existingIds.has(id)) newEntities.set(id, [...(newEntities.get(id) ?? []), i]);
  });
  const members: MemberToStore[] = batchParties.map((party, i) => ({
    recordKey: batch[i]?.key ?? '',
    layout: party.layout,
    recordId: party.id,
    entityId: entityOf[i] ?? '',
  }));
  const blockKeys: BlockKeyToStore[] = batch.flatMap((record, i) =>
    (batchKeys[i] ?? [])
      .filter((key) => (keyCounts.get(key) ?? 0) < cap)
      .map((key) => [key, record.key] as const),
  );
  const keyOf = (i: number): string => all[i]?.key ?? '';
  const confirmedKept = clustered.confirmed.filter((link) => link.a < m || link.b < m);
  const storedLinks: LinkToStore[] = [
    ...confirmedKept.map((link) => ({ ...link, pattern: 0, termFrequency: 0, probability: 1, weight: 999 })),
    ...clustered.used,
  ].map((link) => {
    const [a = '', b = ''] = [keyOf(link.a), keyOf(link.b)].sort();
    return {
      entityId: entityOf[link.a] ?? '',
      recordA: a,
      recordB: b,
      weight: link.weight,
      probability: link.probability,
      pattern: link.pattern,
      termFrequency: link.termFrequency,
    };
  });
  stage('writing entities');
  const touched = [...new Set(members.map((member) => member.entityId).filter((id) => existingIds.has(id)))];
  await db.transaction(async (tx) => {
    await entityRepository.absorb(
      tx,
      [...moves].map(([from, to]) => ({ from, to })),
    );
    const profiles = [...newEntities].map(([id, positions]) =>
      entityProfile(
        id,
        positions.map(
          (p) =>
            batch[p] ?? {
              key: '',
              kind: 'ORGANISATION',
              name: '',
              identifiers: [],
              addresses: [],
              roles: [],
            },
        ),
        positions.map((p) => batchParties[p]?.kind ?? 'ORGANISATION'),
      ),
    );
    await entityRepository.insert(tx, runId, profiles, members, blockKeys, storedLinks);
    await entityRepository.refresh(tx, runId, [...new Set([...touched, ...moves.values()])]);
  });
  const summary: ResolutionSummary = {
    runId,
    mode: 'incremental',
    records: batch.length,
    candidatePairs: pairs.size,
    links: storedLinks.length,
    entities: newEntities.size,
    mergedRecords: batch.length - newEntities.size,
    refused: clustered.refused,
    seconds: (performance.now() - started) / 1000,
    models: snapshot.kinds,
  };
  await entityRepository.finishRun(db, runId, { ...summary, model: snapshot });
  return summary;
}
