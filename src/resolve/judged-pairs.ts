import type { Judgement } from '../store/entities/entity-repository.js';

/** The pairs of record keys analysts gave one verdict. */
export function judgedPairs(
  judgements: readonly Judgement[],
  verdict: Judgement['verdict'],
): [string, string][] {
  return judgements.filter((j) => j.verdict === verdict).map((j) => [j.recordA, j.recordB]);
}
