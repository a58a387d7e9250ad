import { REGION_COUNTRIES, type RegionCountry } from '@veta/standard';
import { VetaError } from '../core/veta-error.js';
import type { Scope } from '../store/scope/scope.js';
import { ROLES, type Role } from './actor.js';
import { MIN_PASSWORD_LENGTH } from './passwords.js';
import { isRole } from './user-actor.js';

/** The countries whose data Veta holds, alphabetically: a user's scope names some of them, or ALL. */
export const SCOPE_COUNTRIES: readonly RegionCountry[] = [...REGION_COUNTRIES].sort();

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$/;

/** The role named, or a usage error listing the roles. */
export function parseRole(value: string): Role {
  const role = value.trim().toLowerCase();
  if (isRole(role)) return role;
  throw new VetaError('USAGE', `Role "${value}" is unknown: use one of ${ROLES.join(', ')}.`);
}

/**
 * A scope's countries from "PE,CO", ["PE","CO"] or "ALL" (any case): sorted, without repeats,
 * each one of SCOPE_COUNTRIES; null for ALL.
 */
export function parseCountries(value: string | readonly string[]): string[] | null {
  const items = (typeof value === 'string' ? value.split(',') : [...value])
    .map((item) => item.trim().toUpperCase())
    .filter((item) => item !== '');
  if (items.length === 1 && items[0] === 'ALL') return null;
  if (items.length === 0) {
    throw new VetaError('USAGE', `Give the user's countries (${SCOPE_COUNTRIES.join(',')}) or ALL.`);
  }
  const known: readonly string[] = SCOPE_COUNTRIES;
  const unknown = items.filter((item) => !known.includes(item));
  if (unknown.length > 0) {
    throw new VetaError(
      'USAGE',
      `Country ${unknown.join(', ')} is unknown: use ${SCOPE_COUNTRIES.join(', ')} (comma-separated), or ALL for every country.`,
    );
  }
  return [...new Set(items)].sort();
}

/** The username, checked: 2–64 letters, digits and . _ @ -, starting with a letter or digit. */
export function checkUsername(value: string): string {
  if (USERNAME.test(value)) return value;
  throw new VetaError(
    'USAGE',
    `Username "${value}" is not allowed: use 2 to 64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit.`,
  );
}

/** The password, checked for length in characters (the only rule: long passphrases beat clever ones). */
export function checkPassword(value: string): string {
  const characters = [...new Intl.Segmenter().segment(value)].length;
  if (characters >= MIN_PASSWORD_LENGTH) return value;
  throw new VetaError(
    'USAGE',
    `The password is too short: use at least ${String(MIN_PASSWORD_LENGTH)} characters.`,
  );
}

/**
 * Refuses to give a user more than the granting administrator sees: a national administrator
 * grants only their own countries.
 */
export function checkGrantable(granter: Scope, countries: readonly string[] | null): void {
  if (granter.countries === 'ALL') return;
  const own = granter.countries;
  if (countries === null || countries.some((country) => !own.includes(country))) {
    throw new VetaError(
      'FORBIDDEN',
      `You may grant only your own countries (${own.join(', ')}); ask a regional administrator for more.`,
    );
  }
}
