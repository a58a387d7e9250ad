import {
  ADDRESS_LEVELS,
  compareAddresses,
  compareCountries,
  compareDates,
  compareRoles,
  COUNTRY_LEVELS,
  DATE_LEVELS,
  ROLE_LEVELS,
} from './field-comparisons.js';
import {
  BIRTH_TOKEN_LEVELS,
  compareBirthTokens,
  compareEncodings,
  ENCODING_LEVELS,
  NAME_ENCODING_LEVELS,
} from './encoding-comparison.js';
import { compareIdentifiers, IDENTIFIER_LEVELS } from './identifier-comparison.js';
import { compareNames, NAME_LEVEL, NAME_LEVELS } from './name-comparison.js';
import type { PreparedRecord } from './prepared-record.js';

/**
 * The comparison features, each a list of levels (comparison-level.ts) from agreement to
 * disagreement. Level 0 is always "not comparable" (a value missing on either side): it weighs
 * nothing, so missing data is never evidence either way. A feature's position here is its place in
 * a packed pattern and in the fitted model.
 */
export const FEATURES = [
  { name: 'identifier', levels: IDENTIFIER_LEVELS },
  { name: 'name', levels: NAME_LEVELS },
  { name: 'date', levels: DATE_LEVELS },
  { name: 'address', levels: ADDRESS_LEVELS },
  { name: 'country', levels: COUNTRY_LEVELS },
  { name: 'roles', levels: ROLE_LEVELS },
  { name: 'encoding', levels: ENCODING_LEVELS },
  { name: 'nameEncoding', levels: NAME_ENCODING_LEVELS },
  { name: 'birthToken', levels: BIRTH_TOKEN_LEVELS },
] as const;

/** Each feature's position by name. */
export const FEATURE = Object.fromEntries(FEATURES.map((feature, f) => [feature.name, f])) as Readonly<
  Record<(typeof FEATURES)[number]['name'], number>
>;

export const FEATURE_COUNT = FEATURES.length;

/** The features comparing encodings, which the hub compares where names are missing. */
export const ENCODING_FEATURES = [FEATURE.encoding, FEATURE.nameEncoding, FEATURE.birthToken] as const;
/** Bits per feature level in a packed comparison pattern. */
export const LEVEL_BITS = 3;

/** The outcome of comparing two records: one level per feature, packed, and the name detail. */
export interface Comparison {
  /** Feature levels packed LEVEL_BITS apiece, feature 0 in the lowest bits. */
  readonly pattern: number;
  /** Signature of the shorter name when the names agree fully (for term-frequency adjustment). */
  readonly nameSignature: string | undefined;
}

/** Compares two prepared records of the same kind, feature by feature. */
export function compareRecords(a: PreparedRecord, b: PreparedRecord): Comparison {
  const named = a.name.tokens.length > 0 && b.name.tokens.length > 0;
  const name = named ? compareNames(a.name, b.name) : undefined;
  // A person a node shares pseudonymised has no name, and stands at the hub for their documents'
  // tokens and their encodings alone. Their country and roles are the register's: EM would price a
  // different country from the pairs it sees as one person, nearly all within one country, at its
  // floor, and veto every match across a border. Between two named records the encodings only
  // repeat names and dates, counted twice against the model's independence. The name encoding and
  // the birth date token are two pieces of evidence, each with its chance measurable; the record
  // encoding, one for both, serves where they are missing (a register encoded whole, as FEBRL).
  // Encodings made under two linkage keys (a key rotated between two shares) say nothing.
  const oneKey = a.encodingKeyId === b.encodingKeyId;
  const levels =
    a.person && b.person && !named
      ? [
          compareIdentifiers(a.ids, b.ids),
          0,
          compareDates(a.date, b.date),
          compareAddresses(a.address, b.address),
          0,
          0,
          !oneKey || (a.nameEncoding && b.nameEncoding) ? 0 : compareEncodings(a.encoding, b.encoding),
          oneKey ? compareEncodings(a.nameEncoding, b.nameEncoding) : 0,
          compareBirthTokens(a.birthToken, b.birthToken),
        ]
      : [
          compareIdentifiers(a.ids, b.ids),
          name?.level ?? 0,
          compareDates(a.date, b.date),
          compareAddresses(a.address, b.address),
          compareCountries(a.country, b.country),
          compareRoles(a.roles, b.roles),
          0,
          0,
          0,
        ];
  // Two encoded records both have no name: their empty names are "equal" but must not earn the
  // rarity adjustment of the commonest name there is.
  const full =
    name !== undefined && name.level <= NAME_LEVEL.SUBSET && name.level !== NAME_LEVEL.SAME_WORDS_WITH_TYPOS;
  return { pattern: packLevels(levels), nameSignature: full ? name.shorterSignature : undefined };
}

export function packLevels(levels: readonly number[]): number {
  let pattern = 0;
  for (let f = levels.length - 1; f >= 0; f--) pattern = pattern * (1 << LEVEL_BITS) + (levels[f] ?? 0);
  return pattern;
}

/**
 * Whether only encodings compared the two records: a name missing on one side at least (a person
 * shared pseudonymised), no identifier in common or in conflict. Such pairs have a prior of their
 * own (fellegi-sunter.ts).
 */
export function comparedByEncodingAlone(pattern: number): boolean {
  return (
    levelOf(pattern, FEATURE.identifier) === 0 &&
    levelOf(pattern, FEATURE.name) === 0 &&
    ENCODING_FEATURES.some((feature) => levelOf(pattern, feature) !== 0)
  );
}

export function levelOf(pattern: number, feature: number): number {
  return Math.floor(pattern / 2 ** (feature * LEVEL_BITS)) % (1 << LEVEL_BITS);
}
