import type { Scope } from '../store/scope/scope.js';
import { VetaError } from '../core/veta-error.js';

/**
 * The scope of the risk commands: every country. The command line runs with the operator's own
 * access to the database, so there is no narrower reader to hide anything from.
 */
export const OPERATOR_SCOPE: Scope = { countries: 'ALL', agency: null };

/** A count given on the command line, refused unless it is a whole number above zero. */
export function positiveInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new VetaError('USAGE', `${flag} must be a whole number above zero, not "${value}".`);
  return number;
}
