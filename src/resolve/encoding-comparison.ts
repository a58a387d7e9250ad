import { tokenKeyId } from '../core/keyed-token.js';
import { levelWhere, type FeatureLevels } from './comparison-level.js';

/** The Dice coefficient of two encodings, the only similarity the hub can compute on them. */
export interface EncodingFacts {
  readonly dice: number;
}

/**
 * Dice bands of two encodings of one kind (`of`: "record encodings", "name encodings"). Bands
 * rather than one cut: the model weighs each band by how often matches and non-matches reach it,
 * so it adapts to the encoding's hardening (XOR-folding lowers every Dice) without a tuned
 * threshold. None below 0.7: in a register of 100,000 persons random pairs never reach 0.6, so
 * the chance of a lower band is measured as nil and every stranger there would link (F1 0.006).
 */
function diceBands(of: string): FeatureLevels<EncodingFacts> {
  return [
    {
      code: 'DICE_90',
      condition: ({ dice }: EncodingFacts) => dice >= 0.9,
      label: `${of} nearly equal`,
      explanation: `Dice coefficient of the two ${of} of 0.9 or more.`,
    },
    {
      code: 'DICE_80',
      condition: ({ dice }: EncodingFacts) => dice >= 0.8,
      label: `${of} very similar`,
      explanation: `Dice coefficient of the two ${of} from 0.8 to 0.9.`,
    },
    {
      code: 'DICE_70',
      condition: ({ dice }: EncodingFacts) => dice >= 0.7,
      label: `${of} similar`,
      explanation: `Dice coefficient of the two ${of} from 0.7 to 0.8.`,
    },
    { code: 'DIFFERENT', label: 'different', explanation: `Dice coefficient of the two ${of} below 0.7.` },
  ];
}

/** The whole record's encodings (record-encoding.ts), where no name encoding is at hand. */
export const ENCODING_LEVELS = diceBands('record encodings');

/** The name encodings (CLK of the names) that nodes share beside every person they hold the key for. */
export const NAME_ENCODING_LEVELS = diceBands('name encodings');

/** Birth dates as keyed tokens: equal or not, nothing between. */
export const BIRTH_TOKEN_LEVELS = [
  {
    code: 'SAME',
    condition: ({ same }: { same: boolean }) => same,
    label: 'same birth date token',
    explanation: 'The two birth dates, keyed, are one token: the same day.',
  },
  { code: 'DIFFERENT', label: 'different', explanation: 'Two birth date tokens: another day, or a typo.' },
] as const satisfies FeatureLevels<{ same: boolean }>;

/**
 * m of the name encodings' bands and of the birth date token, in their levels' order: how one
 * person's two records spread over them, measured on FEBRL dataset1's 500 true pairs encoded as
 * nodes encode a person (febrl-encoded.test.ts measures them again). Given, not fitted by EM: at a
 * hub the pairs compared by these encodings alone lie across borders, and hardly one in a thousand
 * is one person, too few for EM to learn from (it took the bands from strangers and linked a
 * namesake born a year apart).
 */
export const NAME_ENCODING_MATCH_SHARES: readonly number[] = [0.66, 0.132, 0.054, 0.154];
export const BIRTH_TOKEN_MATCH_SHARES: readonly number[] = [0.936, 0.064];

/**
 * The level of two encodings of one kind (the bands of every kind are the same); 0 when either is
 * missing or they differ in size.
 */
export function compareEncodings(a: Uint8Array | undefined, b: Uint8Array | undefined): number {
  if (a === undefined || b === undefined || a.length !== b.length || a.length === 0) return 0;
  return levelWhere(ENCODING_LEVELS, { dice: diceCoefficient(a, b) });
}

const BITS_IN_BYTE = Uint8Array.from({ length: 256 }, (_, byte) => {
  let count = 0;
  for (let n = byte; n !== 0; n >>= 1) count += n & 1;
  return count;
});

/** The Dice coefficient of two Bloom filters: twice the shared bits over the bits set in both. */
export function diceCoefficient(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length)
    throw new RangeError(
      `Encodings of ${String(a.length * 8)} and ${String(b.length * 8)} bits cannot be compared`,
    );
  let shared = 0;
  let total = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    shared += BITS_IN_BYTE[x & y] ?? 0;
    total += (BITS_IN_BYTE[x] ?? 0) + (BITS_IN_BYTE[y] ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** The level of two birth date tokens; 0 when either is missing or they are under two keys. */
export function compareBirthTokens(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined || tokenKeyId(a) !== tokenKeyId(b)) return 0;
  return levelWhere(BIRTH_TOKEN_LEVELS, { same: a === b });
}
