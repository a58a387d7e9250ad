import {
  IdentifierCheckBuilder,
  requireDigits,
  stripSeparators,
  type IdentifierCheck,
} from './identifier-check.js';

const CEDULA_COEFFICIENTS = [2, 1, 2, 1, 2, 1, 2, 1, 2] as const;

/** The mod-10 check digit of the first nine digits of an Ecuadorian cédula. */
export function ecCedulaCheckDigit(firstNine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(firstNine[i]) * (CEDULA_COEFFICIENTS[i] ?? 0);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the first two digits are a province code: 01-24, or 30 for Ecuadorians abroad. */
export function isEcProvinceCode(code: string): boolean {
  const province = Number(code);
  return code.length === 2 && ((province >= 1 && province <= 24) || province === 30);
}

/** Checks an Ecuadorian cédula (10 digits, province, third digit below 6, mod-10 check digit). */
export function checkEcCedula(raw: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('EC', 'CI');
  let value = requireDigits(builder, stripSeparators(raw));
  // Cédulas from provinces 01-09 lose their leading zero when a spreadsheet reads them as numbers.
  if (value.length === 9) {
    value = `0${value}`;
    builder.flag('ZERO_PADDED', `Leading zero restored: ${value}`, 'INFO');
  }
  if (value.length !== 10) {
    return builder.flag('LENGTH', `A cédula has 10 digits; "${value}" has ${value.length}`).result(value);
  }
  if (!isEcProvinceCode(value.slice(0, 2)))
    builder.flag('PROVINCE', `${value.slice(0, 2)} is not a province code`);
  if (Number(value[2]) >= 6)
    builder.flag('THIRD_DIGIT', `The third digit of a cédula is below 6, not ${value[2] ?? ''}`);
  const expected = ecCedulaCheckDigit(value.slice(0, 9));
  if (Number(value[9]) !== expected) {
    builder.flag('CHECK_DIGIT', `Cédula ${value} fails the check digit: expected ${expected}`);
  }
  return builder.result(value, { holderKind: 'PERSON' });
}
