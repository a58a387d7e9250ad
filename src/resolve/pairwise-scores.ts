/** Pairwise precision, recall and F1 of a clustering against the truth. */
export interface PairwiseScores {
  readonly records: number;
  readonly truePairs: number;
  readonly predictedPairs: number;
  readonly correctPairs: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * Scores predicted entities against true ones over every pair of records: a pair is predicted
 * when both records sit in one predicted entity, and true when both stand for one real entity.
 * Counted from cluster sizes (n choose 2), so a million records cost a million steps.
 */
export function pairwiseScores(
  predicted: readonly string[],
  truth: readonly string[],
  /** When given, only pairs of records with different labels here count (e.g. countries: cross-border pairs). */
  across?: readonly string[],
): PairwiseScores {
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const count = (labels: readonly string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    return counts;
  };
  // A cluster's pairs, less those within one `across` label: n choose 2, less each part's.
  const pairsOf = (labels: readonly string[]): number => {
    let total = 0;
    for (const n of count(labels).values()) total += pairs(n);
    if (across === undefined) return total;
    for (const n of count(labels.map((label, i) => `${label}\u0000${across[i] ?? ''}`)).values())
      total -= pairs(n);
    return total;
  };
  const both = predicted.map((label, i) => `${label}\u0000${truth[i] ?? ''}`);
  const predictedPairs = pairsOf(predicted);
  const truePairs = pairsOf(truth);
  const correctPairs = pairsOf(both);
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { records: predicted.length, truePairs, predictedPairs, correctPairs, precision, recall, f1 };
}
