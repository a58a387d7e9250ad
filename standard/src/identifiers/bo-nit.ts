import {
  IdentifierCheckBuilder,
  requireDigits,
  stripSeparators,
  type IdentifierCheck,
} from './identifier-check.js';

/** Checks a Bolivian NIT: 7 to 12 digits; Impuestos Nacionales publishes no check algorithm. */
export function checkBoNit(raw: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('BO', 'NIT');
  const value = requireDigits(builder, stripSeparators(raw));
  if (value.length < 7 || value.length > 12) {
    builder.flag('LENGTH', `A Bolivian NIT has 7 to 12 digits; "${value}" has ${value.length}`);
  }
  return builder.result(value);
}
