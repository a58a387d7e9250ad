import {
  IdentifierCheckBuilder,
  requireDigits,
  stripSeparators,
  weightedSum,
  type IdentifierCheck,
} from './identifier-check.js';

// DIAN weights, applied from the rightmost digit of the NIT leftwards.
const NIT_WEIGHTS = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71] as const;

/** DIAN's check digit (DV) of a Colombian NIT without its DV. */
export function coNitCheckDigit(nit: string): number {
  const reversed = Array.from(nit).reverse().join('');
  const remainder = weightedSum(reversed, NIT_WEIGHTS) % 11;
  return remainder > 1 ? 11 - remainder : remainder;
}

/** Checks a Colombian NIT written alone, as "900123456-8", or with its DV in a separate column. */
export function checkCoNit(raw: string, dv?: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('CO', 'NIT');
  const written = /^(.*\d)\s*-\s*(\d)$/.exec(raw.trim());
  const base = requireDigits(builder, stripSeparators(written?.[1] ?? raw));
  const givenDv = (dv ?? written?.[2] ?? '').trim();
  if (base.length < 6 || base.length > NIT_WEIGHTS.length) {
    return builder.flag('LENGTH', `"${base}" has ${base.length} digits; a NIT has 6 to 15`).result(base);
  }
  const expected = String(coNitCheckDigit(base));
  if (givenDv === '')
    builder.flag('NO_CHECK_DIGIT', `No DV given; DIAN's DV for ${base} is ${expected}`, 'INFO');
  else if (givenDv !== expected) {
    builder.flag('CHECK_DIGIT', `NIT ${base} has DV ${expected}, not ${givenDv}`);
  }
  const holderKind = base.length === 9 && /^[89]/.test(base) ? 'ORGANISATION' : undefined;
  return builder.result(base, holderKind ? { holderKind, checkDigit: expected } : { checkDigit: expected });
}
