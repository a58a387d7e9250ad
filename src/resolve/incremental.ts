import type { Database } from '../store/engine/database.js';
import { entityRepository } from '../store/entities/entity-repository.js';
import { batchPairs, prepareBatch, storedNeighbours } from './incremental-batch.js';
import { batchChanges, newProfiles } from './incremental-changes.js';
import { clusterBatch, scorePairs, snapshotScorers } from './incremental-links.js';
import { FEATURE_COUNT } from './features.js';
import { entityIds, type ModelSnapshot } from './resolve-records.js';
import { runFullResolution, type ResolutionSummary, type RunOptions } from './run-resolution.js';

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
  // A model fitted before a feature was added cannot weigh it: the run is a full one.
  if (!snapshot?.kinds || snapshot.kinds.some((kind) => kind.model.m.length !== FEATURE_COUNT))
    return runFullResolution(db, options);
  const started = performance.now();
  const stage = options.onStage ?? ((): void => undefined);
  const runId = await entityRepository.startRun(db, 'incremental');
  const finish = async (summary: ResolutionSummary): Promise<ResolutionSummary> => {
    await entityRepository.finishRun(db, runId, { ...summary, model: snapshot });
    return summary;
  };
  stage('reading the new batch');
  const parties = await entityRepository.unresolvedParties(db);
  if (parties.length === 0)
    return finish({
      runId,
      mode: 'incremental',
      records: 0,
      candidatePairs: 0,
      links: 0,
      entities: 0,
      mergedRecords: 0,
      refused: 0,
      seconds: 0,
      models: snapshot.kinds,
    });
  const batch = prepareBatch(parties, snapshot);
  stage('finding candidates');
  const neighbours = await storedNeighbours(db, batch);
  const all = [...batch.prepared, ...neighbours.prepared];
  stage('comparing');
  const pairs = batchPairs(batch, neighbours, all, snapshot.blocking);
  const links = scorePairs(all, pairs, snapshotScorers(snapshot, options.threshold ?? snapshot.threshold));
  const judgements = await entityRepository.judgements(db);
  const clustered = clusterBatch(all, batch.prepared.length, neighbours, links, judgements);
  const entityOf = entityIds(all, clustered.roots, neighbours.entityOf);
  const changes = batchChanges(batch, neighbours, all, entityOf, clustered, snapshot.blocking.bucketCap);
  stage('writing entities');
  await db.transaction(async (tx) => {
    await entityRepository.absorb(
      tx,
      [...changes.moves].map(([from, to]) => ({ from, to })),
    );
    await entityRepository.insert(
      tx,
      runId,
      newProfiles(batch, changes),
      changes.members,
      changes.blockKeys,
      changes.links,
    );
    await entityRepository.refresh(tx, runId, changes.touched);
  });
  return finish({
    runId,
    mode: 'incremental',
    records: batch.records.length,
    candidatePairs: pairs.size,
    links: changes.links.length,
    entities: changes.newEntities.size,
    mergedRecords: batch.records.length - changes.newEntities.size,
    refused: clustered.refused,
    seconds: (performance.now() - started) / 1000,
    models: snapshot.kinds,
  });
}
