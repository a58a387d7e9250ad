import { Type, type Static } from 'typebox';
import { IDENTIFIER_SCHEMES } from './codes/vocabularies.js';
import { checkIdentifier } from './identifiers/check-identifier.js';
import type { QualityFlag } from './quality-flag.js';

// A country alone ("PE"), COUNTRY:SCHEME:VALUE ("PE:RUC:20131312955"), or a global namespace for
// things that belong to no country's registers ("SAT:AMW-2024-000123", "AREA:WDPA-555").
const CANONICAL_ID_PATTERN = '^(?:[A-Z]{2}(?::[A-Z]+:[^\\s:][^\\s]*)?|(?:SAT|AREA):[^\\s]+)$';

/** A canonical identifier: the key used everywhere (storage, alerts, API, exports). */
export const CanonicalId = Type.String({
  pattern: CANONICAL_ID_PATTERN,
  description:
    'Canonical identifier COUNTRY:SCHEME:VALUE, a country alone, or SAT:/AREA: for global features.',
});
export type CanonicalId = Static<typeof CanonicalId>;

/** Namespaces of canonical identifiers that belong to no country. */
export const GLOBAL_NAMESPACES = ['SAT', 'AREA'] as const;

/** A canonical identifier taken apart. */
export type ParsedCanonicalId =
  | { kind: 'COUNTRY'; country: string }
  | { kind: 'SCOPED'; country: string; scheme: string; value: string }
  | { kind: 'GLOBAL'; namespace: (typeof GLOBAL_NAMESPACES)[number]; value: string };

/** The outcome of building a canonical identifier: flags for suspect values, failure only when none can be built. */
export type CanonicalIdResult =
  | { ok: true; id: string; flags: readonly QualityFlag[] }
  | { ok: false; code: 'UNKNOWN_SCHEME' | 'INVALID_COUNTRY' | 'EMPTY_VALUE'; message: string };

const PARTY_SCHEMES = new Set(['RUC', 'DNI', 'CE', 'PASSPORT', 'NIT', 'CC', 'CI', 'NIM']);

/** Builds COUNTRY:SCHEME:VALUE with the value normalised; a failed check digit is a flag, not a failure. */
export function buildCanonicalId(
  country: string,
  scheme: string,
  value: string,
  checkDigit?: string,
): CanonicalIdResult {
  const countryCode = country.trim().toUpperCase();
  const schemeCode = scheme.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(countryCode)) {
    return { ok: false, code: 'INVALID_COUNTRY', message: `"${country}" is not an ISO alpha-2 country code` };
  }
  if (!(IDENTIFIER_SCHEMES as readonly string[]).includes(schemeCode)) {
    const message = `Unknown identifier scheme "${scheme}"; schemes are ${IDENTIFIER_SCHEMES.join(', ')}`;
    return { ok: false, code: 'UNKNOWN_SCHEME', message };
  }
  const checked = PARTY_SCHEMES.has(schemeCode)
    ? checkIdentifier(countryCode, schemeCode, value, checkDigit)
    : { value: normaliseCode(value), flags: [] };
  if (checked.value === '')
    return { ok: false, code: 'EMPTY_VALUE', message: `No ${schemeCode} value in "${value}"` };
  return { ok: true, id: `${countryCode}:${schemeCode}:${checked.value}`, flags: checked.flags };
}

/** Builds the identifier of a global feature: SAT:<id> for satellite detections, AREA:<id> for areas. */
export function buildGlobalId(namespace: (typeof GLOBAL_NAMESPACES)[number], value: string): string {
  return `${namespace}:${normaliseCode(value)}`;
}

/** Takes a canonical identifier apart, or returns undefined when it is not one. */
export function parseCanonicalId(id: string): ParsedCanonicalId | undefined {
  if (!new RegExp(CANONICAL_ID_PATTERN).test(id)) return undefined;
  const [head = '', ...rest] = id.split(':');
  if (rest.length === 0) return { kind: 'COUNTRY', country: head };
  if (head === 'SAT' || head === 'AREA') return { kind: 'GLOBAL', namespace: head, value: rest.join(':') };
  const [scheme = '', ...value] = rest;
  return { kind: 'SCOPED', country: head, scheme, value: value.join(':') };
}

// Codes of rights and declarations are kept as written, but two agencies that write "AHC 112" and
// "ahc-112" mean the same title: upper-case, and spaces become the hyphen they stand for.
function normaliseCode(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, '-');
}
