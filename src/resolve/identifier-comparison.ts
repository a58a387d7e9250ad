import { levelNumbers, levelWhere, type FeatureLevels } from './comparison-level.js';
import type { IdentityKey } from './identity-keys.js';
import { withinOneEdit } from './text-similarity.js';

/** Two identity keys of one scheme, one from each record. */
export interface KeyPair {
  readonly x: IdentityKey;
  readonly y: IdentityKey;
}

const same = ({ x, y }: KeyPair): boolean => x.value === y.value;

/**
 * How two identifiers of one scheme agree. Every "shared" level comes before every "different"
 * one, so the best level over all key pairs prefers a shared identifier to a conflicting one.
 */
export const IDENTIFIER_LEVELS = [
  {
    code: 'SHARED_CHECKED',
    condition: (pair: KeyPair) => same(pair) && pair.x.checked && pair.y.checked,
    label: 'shared, check digit valid',
    explanation: 'The same value on both sides, and its scheme carries a check digit that both pass.',
  },
  {
    code: 'SHARED',
    condition: (pair: KeyPair) => same(pair) && pair.x.valid && pair.y.valid,
    label: 'shared',
    explanation:
      'The same value on both sides, failing no check digit, but not verified by one on both sides.',
  },
  {
    code: 'SHARED_INVALID',
    condition: same,
    label: 'shared, check digit fails',
    explanation:
      'The same value on both sides, but it failed its check digit: a shared typo is weaker evidence.',
  },
  {
    code: 'ONE_EDIT',
    // Two values that both pass their check digit are two documents: a check digit exists to
    // catch one changed digit, so a pair of them one edit apart falls through to the veto.
    condition: ({ x, y }: KeyPair) => withinOneEdit(x.value, y.value) && !(x.checked && y.checked),
    label: 'one typing error apart',
    explanation:
      'One character changed, added or dropped, or two adjacent ones swapped, and not both passing a check digit: likely one identifier mistyped.',
  },
  {
    code: 'CONFLICT_INVALID',
    condition: ({ x, y }: KeyPair) => !x.valid || !y.valid,
    label: 'different, one fails its check digit',
    explanation: 'Different values, one of which failed its check digit, so it may be a worse typo.',
  },
  {
    code: 'CONFLICT',
    condition: ({ x, y }: KeyPair) => !x.checked || !y.checked,
    label: 'different',
    explanation: 'Different values where at least one side cannot be verified by a check digit.',
  },
  {
    code: 'CONFLICT_CHECKED',
    label: 'different, both check digits valid',
    explanation: 'Different values that both pass their check digit: two holders (a veto, see scoring.ts).',
  },
] as const satisfies FeatureLevels<KeyPair>;

/** Identifier levels by code: EM labels pairs by them, scoring vetoes one. */
export const ID = levelNumbers(IDENTIFIER_LEVELS);

/** Shared identity keys are strong evidence; different values of one scheme weigh by how likely a typo is. */
export function compareIdentifiers(a: readonly IdentityKey[], b: readonly IdentityKey[]): number {
  let best = 0;
  for (const x of a)
    for (const y of b) {
      if (x.scheme !== y.scheme) continue;
      const level = levelWhere(IDENTIFIER_LEVELS, { x, y });
      best = best === 0 ? level : Math.min(best, level);
    }
  return best;
}
