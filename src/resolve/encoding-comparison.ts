import { levelWhere, type FeatureLevels } from './comparison-level.js';

/** The Dice coefficient of two encodings, the only similarity the hub can compute on them. */
export interface EncodingFacts {
  readonly dice: number;
}

// Bands rather than one cut: EM weighs each band by how often matches and non-matches reach it, so
// the model adapts to the encoding's hardening (XOR-folding lowers every Dice) without a tuned
// threshold. None below 0.7: in a register of 100,000 persons random pairs never reach 0.6, so
// the chance of a lower band is measured as nil and every stranger there would link (F1 0.006).
export const ENCODING_LEVELS = [
  {
    code: 'DICE_90',
    condition: ({ dice }: EncodingFacts) => dice >= 0.9,
    label: 'encodings nearly equal',
    explanation: 'Dice coefficient of the two record encodings of 0.9 or more.',
  },
  {
    code: 'DICE_80',
    condition: ({ dice }: EncodingFacts) => dice >= 0.8,
    label: 'encodings very similar',
    explanation: 'Dice coefficient of the two record encodings from 0.8 to 0.9.',
  },
  {
    code: 'DICE_70',
    condition: ({ dice }: EncodingFacts) => dice >= 0.7,
    label: 'encodings similar',
    explanation: 'Dice coefficient of the two record encodings from 0.7 to 0.8.',
  },
  {
    code: 'DIFFERENT',
    label: 'different',
    explanation: 'Dice coefficient of the two record encodings below 0.7.',
  },
] as const satisfies FeatureLevels<EncodingFacts>;

/** The level of two records' encodings; 0 when either has none or they differ in size. */
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
