import {
  checkIdentifier,
  fitsDateFormat,
  parseNumber,
  resolveCountry,
  VALIDATED_SCHEMES,
} from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';
import { headerConcepts } from './column-names.js';
import type { Conventions } from './sniff-conventions.js';

/** What a column's values look like, for a column no known layout's name matched. */
export type ValueKind = 'identifier' | 'date' | 'percentage' | 'number' | 'country' | 'wkt' | 'code' | 'text';

// A kind is claimed when this share of a column's values has it: a few typos do not hide a date.
const MOST = 0.9;
const WKT = /^\s*(MULTI)?(POINT|LINESTRING|POLYGON)\s*\(/i;

/** The non-empty values of a column in the sample. */
export function columnValues(rows: readonly RawRow[], column: string): string[] {
  return rows.map((row) => (row.values[column] ?? '').trim()).filter((text) => text !== '');
}

/**
 * The identifier scheme (COUNTRY:SCHEME) whose check digit most of the values pass, when that
 * scheme has a check digit at all: the same values with their last digit changed must then fail.
 */
export function sniffIdentifierScheme(values: readonly string[]): string | undefined {
  const digits = values.filter((text) => /^\d[\d.\- ]{5,}$/.test(text));
  if (digits.length === 0 || digits.length < MOST * values.length) return undefined;
  let best: { scheme: string; share: number } | undefined;
  for (const key of VALIDATED_SCHEMES) {
    const [country = '', scheme = ''] = key.split(':');
    const passes = (text: string): boolean => {
      const check = checkIdentifier(country, scheme, text);
      return check.valid && check.flags.length === 0;
    };
    const share = digits.filter(passes).length / digits.length;
    const mutated = digits.map(changeLastDigit).filter(passes).length / digits.length;
    if (share >= MOST && mutated < 0.5 && share > (best?.share ?? 0)) best = { scheme: key, share };
  }
  return best?.scheme;
}

function changeLastDigit(text: string): string {
  const last = Number(text.at(-1));
  return Number.isNaN(last) ? text : `${text.slice(0, -1)}${(last + 1) % 10}`;
}

/** What most of a column's values are, tried from the most to the least telling. */
export function sniffValueKind(
  values: readonly string[],
  conventions: Conventions,
  header: string,
): ValueKind {
  if (values.length === 0) return 'text';
  const most = (test: (text: string) => boolean): boolean =>
    values.filter(test).length >= MOST * values.length;
  if (sniffIdentifierScheme(values)) return 'identifier';
  if (most((text) => WKT.test(text))) return 'wkt';
  if (
    most((text) => (conventions.dateFormats ?? ['yyyy-mm-dd']).some((format) => fitsDateFormat(text, format)))
  )
    return 'date';
  const marks = { decimalMark: conventions.decimalMark ?? '.', settled: true } as const;
  const number = (text: string): number | undefined => {
    const read = parseNumber(text.replace(/%$/, ''), marks);
    return read.ok ? read.value.value : undefined;
  };
  if (most((text) => number(text) !== undefined)) {
    const percentHeader = headerConcepts(header).includes('share');
    const percentValues = most(
      (text) => text.endsWith('%') || ((number(text) ?? -1) >= 0 && (number(text) ?? 101) <= 100),
    );
    return percentHeader && percentValues ? 'percentage' : 'number';
  }
  if (most((text) => resolveCountry(text) !== undefined)) return 'country';
  const distinct = new Set(values.map((text) => text.toUpperCase())).size;
  return distinct <= Math.max(3, values.length / 4) ? 'code' : 'text';
}
