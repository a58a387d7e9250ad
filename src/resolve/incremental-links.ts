import type { Judgement } from '../store/entities/entity-repository.js';
import { clusterRecords, type Link } from './clustering.js';
import type { Neighbours } from './incremental-batch.js';
import { judgedPairs } from './judged-pairs.js';
import { pairOf } from './pair-codes.js';
import type { PreparedRecord } from './prepared-record.js';
import { indexPairs, kindOf, type ModelSnapshot, type PartyKind } from './resolve-records.js';
import { PairScorer, type ScoredLink } from './scoring.js';
import { NameFrequencies } from './term-frequency.js';

/** A scorer per kind with the model and name frequencies the last full run fitted. */
export function snapshotScorers(snapshot: ModelSnapshot, threshold: number): Map<PartyKind, PairScorer> {
  return new Map(
    snapshot.kinds.map((kind) => [
      kind.kind,
      new PairScorer(
        kind.model,
        new NameFrequencies(new Map(kind.names.common), kind.names.total, kind.names.squares),
        threshold,
      ),
    ]),
  );
}

/** The packed pairs that reach the threshold, as links. */
export function scorePairs(
  all: readonly PreparedRecord[],
  pairs: Iterable<number>,
  scorers: ReadonlyMap<PartyKind, PairScorer>,
): ScoredLink[] {
  const links: ScoredLink[] = [];
  for (const code of pairs) {
    const [a, b] = pairOf(code, all.length);
    const link = scorers.get(kindOf(all[a] as PreparedRecord))?.score(all, a, b);
    if (link) links.push(link);
  }
  return links;
}

/**
 * Clusters the batch with its neighbours (from position `batchSize` on in `all`). The records of
 * one existing entity are tied together first, like confirmed pairs, so the batch can join or
 * merge entities but never split one.
 */
export function clusterBatch(
  all: readonly PreparedRecord[],
  batchSize: number,
  neighbours: Neighbours,
  links: readonly ScoredLink[],
  judgements: readonly Judgement[],
): { roots: Int32Array; used: ScoredLink[]; confirmed: Link[]; refused: number } {
  const ties: [number, number][] = [];
  const firstOfEntity = new Map<string, number>();
  neighbours.prepared.forEach((record, i) => {
    const entity = neighbours.entityOf.get(record.key) ?? '';
    const first = firstOfEntity.get(entity);
    if (first === undefined) firstOfEntity.set(entity, batchSize + i);
    else ties.push([first, batchSize + i]);
  });
  return clusterRecords(all.length, links, {
    ids: all.map((record) => record.ids),
    confirmed: [...ties, ...indexPairs(all, judgedPairs(judgements, 'CONFIRM'))],
    rejected: indexPairs(all, judgedPairs(judgements, 'REJECT')),
  });
}
