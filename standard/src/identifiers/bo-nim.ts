import { IdentifierCheckBuilder, type IdentifierCheck } from './identifier-check.js';

const NIM_PATTERN = /^[0-9]{2}-[0-9]{4}-[0-9]{2}$/;

/** Checks a Bolivian NIM (SENARECOM trader number), written NN-NNNN-NN; other shapes only warn. */
export function checkBoNim(raw: string): IdentifierCheck {
  const builder = new IdentifierCheckBuilder('BO', 'NIM');
  let value = raw.trim().toUpperCase().replace(/\s+/g, '');
  if (/^[0-9]{8}$/.test(value)) {
    value = `${value.slice(0, 2)}-${value.slice(2, 6)}-${value.slice(6)}`;
    builder.flag('REFORMATTED', `Hyphens restored: ${value}`, 'INFO');
  }
  // SENARECOM has not published the NIM's structure; an unusual shape may still be a real number.
  if (!NIM_PATTERN.test(value)) builder.flag('FORMAT', `NIM "${value}" is not written NN-NNNN-NN`, 'WARNING');
  if (value === '') builder.flag('EMPTY', 'The NIM is empty');
  return builder.result(value);
}
