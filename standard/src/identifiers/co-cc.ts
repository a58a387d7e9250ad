import {
  IdentifierCheckBuilder,
  requireDigits,
  stripSeparators,
  type IdentifierCheck,
} from './identifier-check.js';

/** Checks a Colombian cédula de ciudadanía (3 to 10 digits; no public check digit). */
export function checkCoCc(raw: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('CO', 'CC');
  const value = requireDigits(builder, stripSeparators(raw)).replace(/^0+(?=\d)/, '');
  if (value.length < 3 || value.length > 10) {
    builder.flag('LENGTH', `A cédula has 3 to 10 digits; "${value}" has ${value.length}`);
  }
  return builder.result(value, { holderKind: 'PERSON' });
}
