import { checkEcCedula, isEcProvinceCode } from './ec-cedula.js';
import {
  IdentifierCheckBuilder,
  requireDigits,
  stripSeparators,
  weightedSum,
  type IdentifierCheck,
} from './identifier-check.js';

const PUBLIC_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const PRIVATE_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The SRI mod-11 check digit over the given digits, or undefined when the remainder admits none. */
export function ecRucCheckDigit(digits: string, weights: readonly number[]): number | undefined {
  const remainder = weightedSum(digits, weights) % 11;
  const digit = remainder === 0 ? 0 : 11 - remainder;
  return digit === 10 ? undefined : digit;
}

/** The check digit of a private company's RUC (third digit 9), over its first nine digits. */
export function ecPrivateRucCheckDigit(firstNine: string): number | undefined {
  return ecRucCheckDigit(firstNine, PRIVATE_WEIGHTS);
}

/** Checks an Ecuadorian RUC: natural persons are a cédula + 001; company check digits only warn. */
export function checkEcRuc(raw: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('EC', 'RUC');
  let value = requireDigits(builder, stripSeparators(raw));
  if (value.length === 12) {
    value = `0${value}`;
    builder.flag('ZERO_PADDED', `Leading zero restored: ${value}`, 'INFO');
  }
  if (value.length !== 13) {
    return builder
      .flag('LENGTH', `An Ecuadorian RUC has 13 digits; "${value}" has ${value.length}`)
      .result(value);
  }
  if (!isEcProvinceCode(value.slice(0, 2)))
    builder.flag('PROVINCE', `${value.slice(0, 2)} is not a province code`);
  const third = Number(value[2]);
  if (third < 6) return checkNaturalPersonRuc(builder, value);
  if (third === 6) return checkCompanyRuc(builder, value, PUBLIC_WEIGHTS, 4);
  if (third === 9) return checkCompanyRuc(builder, value, PRIVATE_WEIGHTS, 3);
  return builder.flag('THIRD_DIGIT', `Third digit ${third} is not a RUC type (0-5, 6 or 9)`).result(value);
}

function checkNaturalPersonRuc(builder: IdentifierCheckBuilder, value: string): IdentifierCheck {
  for (const flag of checkEcCedula(value.slice(0, 10)).flags) {
    builder.flag(flag.code.replace(/^CI_/, 'CEDULA_'), flag.message, flag.severity);
  }
  if (value.slice(10) === '000') builder.flag('SUFFIX', 'A RUC establishment suffix starts at 001');
  return builder.result(value, { holderKind: 'PERSON' });
}

// SRI has issued company RUCs whose check digit fails (the check was dropped in 2012), so a
// mismatch is only a warning: the RUC may be perfectly real.
function checkCompanyRuc(
  builder: IdentifierCheckBuilder,
  value: string,
  weights: readonly number[],
  suffixLength: number,
): IdentifierCheck {
  const expected = ecRucCheckDigit(value.slice(0, weights.length), weights);
  if (expected === undefined || Number(value[weights.length]) !== expected) {
    const message = `Company RUC ${value} does not match the SRI check digit; SRI issues some such RUCs, verify it`;
    builder.flag('CHECK_DIGIT', message, 'WARNING');
  }
  if (/^0+$/.test(value.slice(-suffixLength)))
    builder.flag('SUFFIX', 'A RUC establishment suffix starts at 1');
  return builder.result(value, { holderKind: 'ORGANISATION' });
}
