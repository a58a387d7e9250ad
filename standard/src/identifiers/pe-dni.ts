import {
  IdentifierCheckBuilder,
  requireDigits,
  stripSeparators,
  type IdentifierCheck,
} from './identifier-check.js';

/** Checks a Peruvian DNI (8 digits; the card's separate verification character is not part of it). */
export function checkPeDni(raw: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('PE', 'DNI');
  let value = requireDigits(builder, stripSeparators(raw));
  // Spreadsheets drop leading zeros from DNIs stored as numbers; restoring them keeps the person linkable.
  if (value.length === 6 || value.length === 7) {
    value = value.padStart(8, '0');
    builder.flag('ZERO_PADDED', `Leading zeros restored: ${value}`, 'INFO');
  }
  if (value.length !== 8) builder.flag('LENGTH', `A DNI has 8 digits; "${value}" has ${value.length}`);
  return builder.result(value, { holderKind: 'PERSON' });
}
