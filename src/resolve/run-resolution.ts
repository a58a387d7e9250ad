import type { Database } from '../store/engine/database.js';
import {
  entityRepository,
  type BlockKeyToStore,
  type LinkToStore,
  type MemberToStore,
  type PartyForResolution,
} from '../store/entities/entity-repository.js';
import { linkToStore } from './entity-link.js';
import { entityProfile } from './entity-profile.js';
import { judgedPairs } from './judged-pairs.js';
import { partyToRecord } from './party-record.js';
import { resolveRecords, type ModelSnapshot } from './resolve-records.js';
import type { ResolutionRecord } from './resolution-record.js';

/** What a resolution run did. */
export interface ResolutionSummary {
  readonly runId: number;
  readonly mode: 'full' | 'incremental';
  readonly records: number;
  readonly candidatePairs: number;
  readonly links: number;
  readonly entities: number;
  readonly mergedRecords: number;
  readonly refused: number;
  readonly seconds: number;
  readonly models: ModelSnapshot['kinds'];
}

export interface RunOptions {
  readonly threshold?: number;
  readonly onStage?: (stage: string) => void;
}

/** Resolves every stored party again, keeping entity ids stable and honouring analyst judgements. */
export async function runFullResolution(db: Database, options: RunOptions = {}): Promise<ResolutionSummary> {
  const started = performance.now();
  const stage = options.onStage ?? ((): void => undefined);
  const runId = await entityRepository.startRun(db, 'full');
  stage('reading parties');
  const parties: PartyForResolution[] = [];
  for await (const page of entityRepository.parties(db)) for (const party of page) parties.push(party);
  const records = parties.map(partyToRecord);
  const previous = new Map<string, string>();
  for await (const page of entityRepository.assignments(db))
    for (const row of page) previous.set(row.recordKey, row.entityId);
  const judgements = await entityRepository.judgements(db);
  stage('resolving');
  const resolution = resolveRecords(records, {
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    previous,
    confirmed: judgedPairs(judgements, 'CONFIRM'),
    rejected: judgedPairs(judgements, 'REJECT'),
  });
  previous.clear();
  const byEntity = new Map<string, number[]>();
  resolution.entityOf.forEach((id, position) => {
    const list = byEntity.get(id);
    if (list) list.push(position);
    else byEntity.set(id, [position]);
  });
  const entities = function* (): Generator<ReturnType<typeof entityProfile>> {
    for (const [id, positions] of byEntity)
      yield entityProfile(
        id,
        positions.map((p) => records[p] as ResolutionRecord),
        positions.map((p) => parties[p]?.kind ?? 'ORGANISATION'),
      );
  };
  const members = function* (): Generator<MemberToStore> {
    for (let p = 0; p < parties.length; p++) {
      const party = parties[p] as PartyForResolution;
      yield {
        recordKey: records[p]?.key ?? '',
        layout: party.layout,
        recordId: party.id,
        entityId: resolution.entityOf[p] ?? '',
      };
    }
  };
  const blockKeys = function* (): Generator<BlockKeyToStore> {
    for (let p = 0; p < records.length; p++) {
      const key = records[p]?.key ?? '';
      for (const blockKey of resolution.keys[p] ?? []) yield [blockKey, key];
    }
  };
  const keyOf = (position: number): string => records[position]?.key ?? '';
  const links = function* (): Generator<LinkToStore> {
    for (const link of resolution.links) yield linkToStore(link, keyOf, resolution.entityOf);
  };
  stage('writing entities');
  await db.transaction((tx) =>
    entityRepository.replaceAll(tx, runId, entities(), members(), blockKeys(), links()),
  );
  const kinds = resolution.snapshot.kinds;
  const summary = {
    runId,
    mode: 'full' as const,
    records: records.length,
    candidatePairs: kinds.reduce((sum, kind) => sum + kind.candidatePairs, 0),
    links: resolution.links.length,
    entities: byEntity.size,
    mergedRecords: records.length - byEntity.size,
    refused: resolution.refused,
    seconds: (performance.now() - started) / 1000,
    models: kinds,
  };
  await entityRepository.finishRun(db, runId, { ...summary, model: resolution.snapshot });
  return summary;
}
