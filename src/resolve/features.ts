import { compareNames, NAME_LEVEL } from './name-comparison.js';
import type { PreparedRecord } from './prepared-record.js';
import { withinOneEdit } from './text-similarity.js';
import type { IdentityKey } from './identity-keys.js';

/**
 * The comparison features and their levels. Level 0 is always "not comparable" (a value missing
 * on either side): it weighs nothing, so missing data is never evidence either way.
 */
export const FEATURES = [
  {
    name: 'identifier',
    levels: [
      'shared, check digit valid',
      'shared',
      'shared, check digit fails',
      'one typing error apart',
      'different, one fails its check digit',
      'different',
      'different, both check digits valid',
    ],
  },
  {
    name: 'name',
    levels: [
      'same words',
      'same words with typos',
      'one name holds all words of the other',
      'one holds the other with typos',
      'two or more words shared',
      'one word shared',
      'different',
    ],
  },
  { name: 'date', levels: ['same date', 'one digit or day and month apart', 'same year', 'different'] },
  { name: 'address', levels: ['same words', 'mostly the same words', 'some words shared', 'different'] },
  { name: 'country', levels: ['same', 'different'] },
  { name: 'roles', levels: ['a role shared', 'no role shared'] },
] as const;

export const FEATURE_COUNT = FEATURES.length;
/** Bits per feature level in a packed comparison pattern. */
export const LEVEL_BITS = 3;

export const ID = {
  SHARED_CHECKED: 1,
  SHARED: 2,
  SHARED_INVALID: 3,
  ONE_EDIT: 4,
  CONFLICT_INVALID: 5,
  CONFLICT: 6,
  CONFLICT_CHECKED: 7,
} as const;

/** The outcome of comparing two records: one level per feature, packed, and the name detail. */
export interface Comparison {
  /** Feature levels packed LEVEL_BITS apiece, feature 0 in the lowest bits. */
  readonly pattern: number;
  /** Signature of the shorter name when the names agree fully (for term-frequency adjustment). */
  readonly nameSignature: string | undefined;
}

/** Compares two prepared records of the same kind, feature by feature. */
export function compareRecords(a: PreparedRecord, b: PreparedRecord): Comparison {
  const name = compareNames(a.name, b.name);
  const levels = [
    compareIdentifiers(a.ids, b.ids),
    a.name.tokens.length === 0 || b.name.tokens.length === 0 ? 0 : name.level,
    compareDates(a.date, b.date),
    compareAddresses(a.address, b.address),
    a.country === '' || b.country === '' ? 0 : a.country === b.country ? 1 : 2,
    a.roles.length === 0 || b.roles.length === 0 ? 0 : a.roles.some((role) => b.roles.includes(role)) ? 1 : 2,
  ];
  const full = name.level <= NAME_LEVEL.SUBSET && name.level !== NAME_LEVEL.SAME_WORDS_WITH_TYPOS;
  return { pattern: packLevels(levels), nameSignature: full ? name.shorterSignature : undefined };
}

export function packLevels(levels: readonly number[]): number {
  let pattern = 0;
  for (let f = levels.length - 1; f >= 0; f--) pattern = pattern * (1 << LEVEL_BITS) + (levels[f] ?? 0);
  return pattern;
}

export function levelOf(pattern: number, feature: number): number {
  return Math.floor(pattern / 2 ** (feature * LEVEL_BITS)) % (1 << LEVEL_BITS);
}

/** Shared identity keys are strong evidence; different values of one scheme weigh by how likely a typo is. */
export function compareIdentifiers(a: readonly IdentityKey[], b: readonly IdentityKey[]): number {
  let shared = 0;
  let conflict = 0;
  for (const x of a) {
    for (const y of b) {
      if (x.scheme !== y.scheme) continue;
      if (x.value === y.value) {
        const level =
          x.checked && y.checked ? ID.SHARED_CHECKED : x.valid && y.valid ? ID.SHARED : ID.SHARED_INVALID;
        shared = shared === 0 ? level : Math.min(shared, level);
      } else {
        const level = withinOneEdit(x.value, y.value)
          ? ID.ONE_EDIT
          : !x.valid || !y.valid
            ? ID.CONFLICT_INVALID
            : x.checked && y.checked
              ? ID.CONFLICT_CHECKED
              : ID.CONFLICT;
        conflict = conflict === 0 ? level : Math.min(conflict, level);
      }
    }
  }
  return shared !== 0 ? shared : conflict;
}

function compareDates(a: string, b: string): number {
  if (a.length !== 8 || b.length !== 8) return 0;
  if (a === b) return 1;
  const swapped = a.slice(0, 4) + a.slice(6, 8) + a.slice(4, 6) === b;
  if (swapped || differsInOneDigit(a, b)) return 2;
  return a.slice(0, 4) === b.slice(0, 4) ? 3 : 4;
}

function differsInOneDigit(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  return differences <= 1 || withinOneEdit(a, b);
}

function compareAddresses(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.includes(word)) shared++;
  if (shared === a.length && a.length === b.length) return 1;
  const similarity = shared / Math.max(a.length, b.length);
  return similarity >= 0.6 ? 2 : shared > 0 ? 3 : 4;
}
