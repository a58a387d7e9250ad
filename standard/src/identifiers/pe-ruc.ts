import {
  IdentifierCheckBuilder,
  requireDigits,
  stripSeparators,
  weightedSum,
  type IdentifierCheck,
} from './identifier-check.js';

const RUC_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
// 10: person with DNI, 15/17: persons with other documents, 20: companies (SUNAT).
const RUC_PREFIXES = ['10', '15', '17', '20'] as const;

/** SUNAT's mod-11 check digit of the first ten digits of a Peruvian RUC. */
export function peRucCheckDigit(firstTen: string): number {
  const remainder = 11 - (weightedSum(firstTen, RUC_WEIGHTS) % 11);
  return remainder === 10 ? 0 : remainder === 11 ? 1 : remainder;
}

/** Checks a Peruvian RUC (11 digits, known prefix, mod-11 check digit). */
export function checkPeRuc(raw: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('PE', 'RUC');
  const value = requireDigits(builder, stripSeparators(raw));
  if (value.length !== 11) {
    return builder.flag('LENGTH', `A RUC has 11 digits; "${value}" has ${value.length}`).result(value);
  }
  const prefix = value.slice(0, 2);
  if (!(RUC_PREFIXES as readonly string[]).includes(prefix)) {
    builder.flag('PREFIX', `RUC prefix ${prefix} is not one SUNAT issues (10, 15, 17, 20)`, 'WARNING');
  }
  const expected = peRucCheckDigit(value.slice(0, 10));
  if (Number(value[10]) !== expected) {
    builder.flag(
      'CHECK_DIGIT',
      `RUC ${value} fails the check digit: expected ${expected}, found ${value[10] ?? ''}`,
    );
  }
  return builder.result(value, { holderKind: prefix === '20' ? 'ORGANISATION' : 'PERSON' });
}

/** The DNI inside a natural person's RUC (prefix 10), which links the two identifiers of one person. */
export function dniOfPersonRuc(ruc: string): string | undefined {
  const value = stripSeparators(ruc);
  return /^10[0-9]{9}$/.test(value) ? value.slice(2, 10) : undefined;
}
