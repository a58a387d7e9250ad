import { crosswalkById } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import type { SpecParams } from './precedents.js';

// The schemes of the documents parties are identified by (the identifier-scheme crosswalk's codes):
// a tax number, an identity card, a passport. Rights and declarations have codes that may be words.
const DOCUMENT_SCHEMES: ReadonlySet<string> = new Set(
  crosswalkById('identifier-scheme')?.terms.map((entry) => entry.code) ?? [],
);
// A column is one of names, not numbers, when no more than this share of its values has a digit.
const MOST_NAMES = 0.1;

/**
 * Whether a spec would read a party's document number from a column of names: every tax number,
 * identity card and passport has digits, so a column whose values have none (TITULAR beside NIT)
 * holds the party's name, and reading it as an identifier would make ids of names.
 */
export function documentFromNames(spec: FieldSpec, values: readonly string[]): boolean {
  if (spec.use !== 'identifier' || values.length === 0) return false;
  const params: SpecParams = spec;
  const byLength: unknown = params.schemeByLength;
  const schemes: unknown[] = [
    ...(typeof params.scheme === 'string' ? [params.scheme] : []),
    ...(typeof byLength === 'object' && byLength !== null ? Object.values<unknown>({ ...byLength }) : []),
  ];
  const documents =
    typeof params.schemeColumn === 'string' ||
    schemes.some((scheme) => typeof scheme === 'string' && DOCUMENT_SCHEMES.has(scheme));
  const withDigits = values.filter((text) => /\d/.test(text)).length;
  return documents && withDigits <= MOST_NAMES * values.length;
}
