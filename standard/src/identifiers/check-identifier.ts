import { checkBoNim } from './bo-nim.js';
import { checkBoNit } from './bo-nit.js';
import { checkCoCc } from './co-cc.js';
import { checkCoNit } from './co-nit.js';
import { checkEcCedula } from './ec-cedula.js';
import { checkEcRuc } from './ec-ruc.js';
import { IdentifierCheckBuilder, type IdentifierCheck } from './identifier-check.js';
import { checkPeDni } from './pe-dni.js';
import { checkPeRuc } from './pe-ruc.js';

type Checker = (raw: string, checkDigit?: string) => IdentifierCheck;

const CHECKERS: Readonly<Record<string, Checker>> = {
  'PE:RUC': checkPeRuc,
  'PE:DNI': checkPeDni,
  'CO:NIT': checkCoNit,
  'CO:CC': checkCoCc,
  'EC:CI': checkEcCedula,
  'EC:RUC': checkEcRuc,
  'BO:NIT': checkBoNit,
  'BO:NIM': checkBoNim,
};

/** The country:scheme pairs that have a validator. */
export const VALIDATED_SCHEMES: readonly string[] = Object.keys(CHECKERS);

/** Checks a party identifier of any scheme; schemes without rules (passports, CE) are only tidied. */
export function checkIdentifier(
  country: string,
  scheme: string,
  raw: string,
  checkDigit?: string,
): IdentifierCheck {
  const checker = CHECKERS[`${country}:${scheme}`];
  if (checker) return checker(raw, checkDigit);
  const builder = new IdentifierCheckBuilder(country, scheme);
  const value = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (value === '') builder.flag('EMPTY', 'The identifier is empty');
  return builder.result(value);
}
