import { foldForComparison } from '@veta/standard';
import { isToken } from '../core/keyed-token.js';
import type { Queryable } from '../store/engine/database.js';
import { entityQueries } from '../store/entities/entity-queries.js';
import { pairwiseScores, type PairwiseScores } from './pairwise-scores.js';
import { truthRowKey, type TruthMentions } from './truth-party-records.js';

export interface ResolutionEvaluation extends PairwiseScores {
  /** Resolved records the truth names no entity for (left out of the scores). */
  readonly unmatchedRecords: number;
  readonly predictedEntities: number;
  readonly trueEntities: number;
  /** Pairs of person records from two countries: the linkage a hub does across borders. */
  readonly crossBorderPersons: PairwiseScores;
}

/** What lets the truth name the records a hub holds: their files by hash, and which entities are persons. */
export interface TruthContext {
  /** File name by SHA-256: a hub holds a pseudonymised record's file only by its hash. */
  readonly files?: ReadonlyMap<string, string>;
  /** The truth's person entities: a token-named person is found among a row's persons. */
  readonly persons?: ReadonlySet<string>;
  /** Only these file rows (truthRowKey): to score another database on the same records. */
  readonly only?: ReadonlySet<string>;
}

/**
 * Scores the stored entities against the simulator's truth, pairwise. Each stored party is found
 * in the truth by its file and row; when a row mentions several parties (a company and its
 * representative), the one whose column holds the party's name is taken. Returns the person rows
 * scored across borders too, so that another database can be scored on the same ones.
 */
export async function evaluateResolution(
  db: Queryable,
  mentions: TruthMentions,
  context: TruthContext = {},
): Promise<ResolutionEvaluation & { crossBorderRows: ReadonlySet<string> }> {
  const predicted: string[] = [];
  const truth: string[] = [];
  const persons = { predicted: [] as string[], truth: [] as string[], country: [] as string[] };
  const crossBorderRows = new Set<string>();
  let unmatched = 0;
  for await (const page of entityQueries.memberProvenance(db)) {
    for (const member of page) {
      const file = context.files?.get(member.sha256) ?? member.sourceFile;
      const row = truthRowKey(file, member.rowNumber);
      if (context.only !== undefined && !context.only.has(row)) continue;
      const entity = trueEntity(mentions.get(row), member, context.persons);
      if (entity === undefined) {
        unmatched++;
        continue;
      }
      predicted.push(member.entityId);
      truth.push(entity);
      if (member.kind === 'PERSON' && member.country !== null) {
        persons.predicted.push(member.entityId);
        persons.truth.push(entity);
        persons.country.push(member.country);
        crossBorderRows.add(row);
      }
    }
  }
  return {
    ...pairwiseScores(predicted, truth),
    unmatchedRecords: unmatched,
    predictedEntities: new Set(predicted).size,
    trueEntities: new Set(truth).size,
    crossBorderPersons: pairwiseScores(persons.predicted, persons.truth, persons.country),
    crossBorderRows,
  };
}

function trueEntity(
  candidates: readonly { field: string; entity: string }[] | undefined,
  member: { name: string; kind: string | null; raw: Record<string, unknown> },
  persons: ReadonlySet<string> | undefined,
): string | undefined {
  if (!candidates || candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0]?.entity;
  // A pseudonymised person has neither name nor row: of the row's parties, the one person.
  if (isToken(member.name) && persons !== undefined) {
    const wanted = candidates.filter(
      (candidate) => persons.has(candidate.entity) === (member.kind === 'PERSON'),
    );
    return wanted.length === 1 ? wanted[0]?.entity : undefined;
  }
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
