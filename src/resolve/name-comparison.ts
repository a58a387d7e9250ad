import { levelNumbers, levelWhere, type FeatureLevels } from './comparison-level.js';
import type { PreparedName } from './name-parts.js';
import { jaroWinkler } from './text-similarity.js';

/** Two words this close are one word with a typing error (a swap, a dropped or doubled letter). */
export const FUZZY_WORD = 0.88;

/** What the level of two names is decided on: the shorter name's words found in the longer. */
export interface NameFacts {
  readonly sameSignature: boolean;
  readonly shorter: number;
  readonly longer: number;
  /** Words of the shorter name found as written in the other, and found with a typo. */
  readonly exact: number;
  readonly fuzzy: number;
}

const allFound = (facts: NameFacts): boolean => facts.exact + facts.fuzzy === facts.shorter;

/** How two names agree, from the strongest evidence to none. */
export const NAME_LEVELS = [
  {
    code: 'EXACT',
    condition: (facts: NameFacts) => facts.sameSignature,
    label: 'same words',
    explanation: 'The same words in any order, once accents and case are folded away.',
  },
  {
    code: 'SAME_WORDS_WITH_TYPOS',
    condition: (facts: NameFacts) => allFound(facts) && facts.shorter === facts.longer,
    label: 'same words with typos',
    explanation: `As many words on each side, each found in the other, some only with a typo (Jaro-Winkler of ${String(FUZZY_WORD)} or more).`,
  },
  {
    code: 'SUBSET',
    condition: (facts: NameFacts) => allFound(facts) && facts.shorter >= 2 && facts.fuzzy === 0,
    label: 'one name holds all words of the other',
    explanation:
      'Every word of the shorter name (two or more) is in the longer: a missing surname or given name.',
  },
  {
    code: 'SUBSET_WITH_TYPOS',
    condition: (facts: NameFacts) => allFound(facts) && facts.shorter >= 2,
    label: 'one holds the other with typos',
    explanation: 'Every word of the shorter name (two or more) is in the longer, some only with a typo.',
  },
  {
    code: 'PARTIAL',
    condition: (facts: NameFacts) => facts.exact + facts.fuzzy >= 2,
    label: 'two or more words shared',
    explanation: 'Two or more words in common, but each name has words the other lacks.',
  },
  {
    code: 'ONE_WORD',
    condition: (facts: NameFacts) => facts.exact + facts.fuzzy === 1,
    label: 'one word shared',
    explanation: 'A single word in common, often a common surname.',
  },
  { code: 'DIFFERENT', label: 'different', explanation: 'No word in common, even allowing a typo.' },
] as const satisfies FeatureLevels<NameFacts>;

/** Name levels by code: which agreements earn a name-rarity adjustment. */
export const NAME_LEVEL = levelNumbers(NAME_LEVELS);

export interface NameComparison {
  /** The number of the first of NAME_LEVELS whose condition holds. */
  readonly level: number;
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
  if (a.signature === b.signature) return { level: NAME_LEVEL.EXACT, shorterSignature: short.signature };
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
  const facts = {
    sameSignature: false,
    shorter: short.tokens.length,
    longer: long.tokens.length,
    exact,
    fuzzy,
  };
  return { level: levelWhere(NAME_LEVELS, facts), shorterSignature: short.signature };
}
