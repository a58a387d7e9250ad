import { levelNumbers, levelWhere, type FeatureLevels } from './comparison-level.js';
import { withinOneEdit } from './text-similarity.js';

/** Two dates as YYYYMMDD. */
export interface DatePair {
  readonly a: string;
  readonly b: string;
}

export const DATE_LEVELS = [
  {
    code: 'SAME',
    condition: ({ a, b }: DatePair) => a === b,
    label: 'same date',
    explanation: 'The same day, month and year.',
  },
  {
    code: 'TYPO',
    condition: ({ a, b }: DatePair) =>
      a.slice(0, 4) + a.slice(6, 8) + a.slice(4, 6) === b || differsInOneDigit(a, b),
    label: 'one digit or day and month apart',
    explanation: 'Day and month swapped, one digit mistyped, or two adjacent digits swapped.',
  },
  {
    code: 'SAME_YEAR',
    condition: ({ a, b }: DatePair) => a.slice(0, 4) === b.slice(0, 4),
    label: 'same year',
    explanation: 'The same year, another day.',
  },
  { code: 'DIFFERENT', label: 'different', explanation: 'Another year.' },
] as const satisfies FeatureLevels<DatePair>;

/** How many words two addresses share, and how many each has. */
export interface AddressFacts {
  readonly shared: number;
  readonly a: number;
  readonly b: number;
}

export const ADDRESS_LEVELS = [
  {
    code: 'SAME',
    condition: ({ shared, a, b }: AddressFacts) => shared === a && a === b,
    label: 'same words',
    explanation: 'The same words, in any order.',
  },
  {
    code: 'MOSTLY',
    condition: ({ shared, a, b }: AddressFacts) => shared / Math.max(a, b) >= 0.6,
    label: 'mostly the same words',
    explanation: 'Words in common make up at least 60% of the longer address.',
  },
  {
    code: 'SOME',
    condition: ({ shared }: AddressFacts) => shared > 0,
    label: 'some words shared',
    explanation: 'Some words in common.',
  },
  { code: 'DIFFERENT', label: 'different', explanation: 'No word in common.' },
] as const satisfies FeatureLevels<AddressFacts>;

export const COUNTRY_LEVELS = [
  {
    code: 'SAME',
    condition: ({ a, b }: { a: string; b: string }) => a === b,
    label: 'same',
    explanation: 'The same country.',
  },
  {
    code: 'DIFFERENT',
    label: 'different',
    explanation: 'Different countries: for an organisation, separate legal persons (a veto, see scoring.ts).',
  },
] as const satisfies FeatureLevels<{ a: string; b: string }>;

export const COUNTRY = levelNumbers(COUNTRY_LEVELS);

export const ROLE_LEVELS = [
  {
    code: 'SHARED',
    condition: ({ a, b }: { a: readonly string[]; b: readonly string[] }) =>
      a.some((role) => b.includes(role)),
    label: 'a role shared',
    explanation: 'A role in common (subsistence miner, importer, exporter...).',
  },
  { code: 'NONE_SHARED', label: 'no role shared', explanation: 'No role in common.' },
] as const satisfies FeatureLevels<{ a: readonly string[]; b: readonly string[] }>;

export function compareDates(a: string, b: string): number {
  return a.length !== 8 || b.length !== 8 ? 0 : levelWhere(DATE_LEVELS, { a, b });
}

export function compareAddresses(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.includes(word)) shared++;
  return levelWhere(ADDRESS_LEVELS, { shared, a: a.length, b: b.length });
}

export function compareCountries(a: string, b: string): number {
  return a === '' || b === '' ? 0 : levelWhere(COUNTRY_LEVELS, { a, b });
}

export function compareRoles(a: readonly string[], b: readonly string[]): number {
  return a.length === 0 || b.length === 0 ? 0 : levelWhere(ROLE_LEVELS, { a, b });
}

function differsInOneDigit(a: string, b: string): boolean {
  let differences = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
  return differences <= 1 || withinOneEdit(a, b);
}
