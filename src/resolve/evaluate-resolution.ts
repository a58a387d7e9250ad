import { foldForComparison } from '@veta/standard';
import type { Queryable } from '../store/engine/database.js';
import { entityQueries } from '../store/entities/entity-queries.js';
import { pairwiseScores, type PairwiseScores } from './pairwise-scores.js';
import { truthRowKey, type TruthMentions } from './truth-party-records.js';

export interface ResolutionEvaluation extends PairwiseScores {
  /** Resolved records the truth names no entity for (left out of the scores). */
  readonly unmatchedRecords: number;
  readonly predictedEntities: number;
  readonly trueEntities: number;
}

/**
 * Scores the stored entities against the simulator's truth, pairwise. Each stored party is found
 * in the truth by its file and row; when a row mentions several parties (a company and its
 * representative), the one whose column holds the party's name is taken.
 */
export async function evaluateResolution(
  db: Queryable,
  mentions: TruthMentions,
): Promise<ResolutionEvaluation> {
  const predicted: string[] = [];
  const truth: string[] = [];
  let unmatched = 0;
  for await (const page of entityQueries.memberProvenance(db)) {
    for (const member of page) {
      const entity = trueEntity(mentions.get(truthRowKey(member.sourceFile, member.rowNumber)), member);
      if (entity === undefined) {
        unmatched++;
        continue;
      }
      predicted.push(member.entityId);
      truth.push(entity);
    }
  }
  return {
    ...pairwiseScores(predicted, truth),
    unmatchedRecords: unmatched,
    predictedEntities: new Set(predicted).size,
    trueEntities: new Set(truth).size,
  };
}

function trueEntity(
  candidates: readonly { field: string; entity: string }[] | undefined,
  member: { name: string; raw: Record<string, unknown> },
): string | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0]?.entity;
  const name = foldForComparison(member.name);
  const cell = (field: string): string => {
    const value = member.raw[field.replace(/\[\d+\]$/, '')];
    return typeof value === 'string' ? foldForComparison(value) : '';
  };
  const exact = candidates.find(
    (candidate) => cell(candidate.field) !== '' && cell(candidate.field) === name,
  );
  const within = candidates.find(
    (candidate) => cell(candidate.field) !== '' && name.includes(cell(candidate.field)),
  );
  return (exact ?? within)?.entity;
}
