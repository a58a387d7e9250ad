import type { PreparedName } from './name-parts.js';
import { jaroWinkler } from './text-similarity.js';

/** How two names agree, from the strongest evidence to none. */
export const NAME_LEVEL = {
  EXACT: 1,
  SAME_WORDS_WITH_TYPOS: 2,
  SUBSET: 3,
  SUBSET_WITH_TYPOS: 4,
  PARTIAL: 5,
  ONE_WORD: 6,
  DIFFERENT: 7,
} as const;

/** Two words this close are one word with a typing error (a swap, a dropped or doubled letter). */
export const FUZZY_WORD = 0.88;

export interface NameComparison {
  readonly level: number;
  /** Words of the shorter name found as written in the other, and found with a typo. */
  readonly exact: number;
  readonly fuzzy: number;
  /** The signature of the shorter name: what a term-frequency adjustment looks up. */
  readonly shorterSignature: string;
}

/**
 * Compares two names as sets of words, so that order (surnames first or last, swapped surnames)
 * never matters, and a name that lacks a word the other has (maternal surname, second given name)
 * is a subset rather than a mismatch.
 */
export function compareNames(a: PreparedName, b: PreparedName): NameComparison {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a];
  if (a.signature === b.signature)
    return {
      level: NAME_LEVEL.EXACT,
      exact: short.tokens.length,
      fuzzy: 0,
      shorterSignature: short.signature,
    };
  const used = new Uint8Array(long.tokens.length);
  let exact = 0;
  const unmatched: string[] = [];
  for (const token of short.tokens) {
    const at = long.tokens.findIndex((other, index) => used[index] === 0 && other === token);
    if (at >= 0) {
      used[at] = 1;
      exact++;
    } else unmatched.push(token);
  }
  let fuzzy = 0;
  for (const token of unmatched) {
    let best = -1;
    let bestScore = FUZZY_WORD;
    long.tokens.forEach((other, index) => {
      if (used[index] === 1 || token.length < 3 || other.length < 3) return;
      const score = jaroWinkler(token, other, bestScore);
      if (score >= bestScore) {
        best = index;
        bestScore = score;
      }
    });
    if (best >= 0) {
      used[best] = 1;
      fuzzy++;
    }
  }
  const found = exact + fuzzy;
  const all = found === short.tokens.length;
  const level =
    all && short.tokens.length === long.tokens.length
      ? NAME_LEVEL.SAME_WORDS_WITH_TYPOS
      : all && short.tokens.length >= 2
        ? fuzzy === 0
          ? NAME_LEVEL.SUBSET
          : NAME_LEVEL.SUBSET_WITH_TYPOS
        : found >= 2
          ? NAME_LEVEL.PARTIAL
          : found === 1
            ? NAME_LEVEL.ONE_WORD
            : NAME_LEVEL.DIFFERENT;
  return { level, exact, fuzzy, shorterSignature: short.signature };
}
