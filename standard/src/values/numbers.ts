import { qualityFlag, type QualityFlag } from '../quality-flag.js';
import { UNIT_CODES, type UnitCode } from '../units.js';
import { failed, parsed, type Parsed } from './parsed.js';

/** The character between a number's whole part and its fraction. */
export type DecimalMark = '.' | ',';

/** How to read a column's numbers. */
export interface NumberOptions {
  /** The column's decimal mark: decided from the file's values, else the layout's (decideDecimalMark). */
  decimalMark: DecimalMark;
  /** False when neither the file's values nor the layout settled the mark: ambiguous values are flagged. */
  settled: boolean;
}

/** A number as read, with what the cell wrote beside it. */
export interface ParsedNumber {
  value: number;
  /** The unit written after the number ("12,5 kg"), as a unit of the standard. */
  unit?: UnitCode;
  /** The currency written in the cell as an ISO 4217 code; a bare "$" (pesos or dollars) stays "$". */
  currency?: string;
  /** A per cent sign followed the number; the value is the number as written (12,5 % is 12.5). */
  percent?: boolean;
}

// Symbols and codes as the region's files write them, longest first so that US$ is not read as $.
const CURRENCIES: readonly (readonly [RegExp, string])[] = [
  [/^US\$$/i, 'USD'],
  [/^S\/\.?$/i, 'PEN'],
  [/^Bs\.?$/i, 'BOB'],
  [/^€$/, 'EUR'],
  [/^\$$/, '$'],
  [/^(USD|PEN|COP|BOB|EUR)$/i, ''],
];
const CURRENCY = 'US\\$|S\\/\\.?|Bs\\.?|€|\\$|USD|PEN|COP|BOB|EUR';

// Spellings of units seen in agencies' files besides the standard's own codes (any case).
const UNIT_SPELLINGS: Readonly<Record<string, UnitCode>> = {
  gr: 'g',
  grs: 'g',
  kgs: 'kg',
  kilos: 'kg',
  tm: 't',
  l: 'L',
  lt: 'L',
  lts: 'L',
  gl: 'gal',
};

const CELL = new RegExp(
  `^(?<sign1>[-+])?\\s*(?<currency1>${CURRENCY})?\\s*(?<sign2>[-+])?\\s*` +
    `(?<number>\\d[\\d.,' ’]*|[.,]\\d+)\\s*(?<currency2>${CURRENCY})?\\s*(?<unit>[\\p{L}µ]+\\d?\\.?)?\\s*(?<percent>%)?$`,
  'iu',
);

const EXPECTED =
  'expected digits with a decimal comma or point, thousands grouped by three, and optionally a sign, parentheses for a negative, a currency, a unit or a per cent sign';

/**
 * Reads a number as agencies write it: a decimal comma or point, thousands separated by '.', ',',
 * a space or an apostrophe (grouped by three), a leading + or -, parentheses for a negative, a
 * currency symbol or code (S/, $, US$, USD, COP, Bs), a unit after it (12,5 kg) and a per cent sign.
 * A value that shows its own marks (1.234,56 or 12,5) is read by them; only one whose single mark is
 * followed by three digits (1.234) depends on the column's decimal mark, and is flagged
 * NUMBER_AMBIGUOUS when nothing settled that mark. A value whose own marks go against the column's
 * settled mark (12.5 among decimal commas) is read by its own marks and flagged NUMBER_MARK_UNUSUAL.
 */
export function parseNumber(text: string, options: NumberOptions): Parsed<ParsedNumber> {
  const trimmed = text.trim();
  const fast = plainNumber(trimmed, options);
  if (fast !== undefined) return parsed({ value: fast });
  const cell = splitCell(trimmed);
  if (!cell) return failed('NUMBER_INVALID', `"${trimmed}" is not a number: ${EXPECTED}.`);
  const digits = readDigits(cell.number);
  if (!digits) return failed('NUMBER_INVALID', `"${trimmed}" is not a number: ${EXPECTED}.`);
  const flags: QualityFlag[] = [];
  let plain: string;
  if (digits.kind === 'plain') {
    plain = digits.digits;
    if (options.settled && digits.shown !== undefined && digits.shown !== options.decimalMark)
      flags.push(
        qualityFlag(
          'NUMBER_MARK_UNUSUAL',
          `"${trimmed}" was read by its own marks as ${Number(plain)}, though the column's decimal mark is "${options.decimalMark}": check it is not a slip.`,
        ),
      );
  } else {
    const decimal = digits.mark === options.decimalMark;
    plain = decimal ? `${digits.whole}.${digits.last}` : `${digits.whole}${digits.last}`;
    if (!options.settled)
      flags.push(
        qualityFlag(
          'NUMBER_AMBIGUOUS',
          `"${trimmed}" could be a decimal or a number in thousands; it was read as ${decimal ? 'a decimal' : 'thousands'} (${Number(plain)}). Declare the layout's decimalMark to settle it.`,
        ),
      );
  }
  const unit = cell.unit === undefined ? undefined : unitCode(cell.unit);
  if (unit === null)
    return failed(
      'NUMBER_INVALID',
      `"${trimmed}": "${cell.unit ?? ''}" after the number is not a unit of the standard.`,
    );
  const value = Number(plain) * (cell.negative ? -1 : 1);
  if (!Number.isFinite(value)) return failed('NUMBER_INVALID', `"${trimmed}" is too large a number.`);
  const result: ParsedNumber = { value: Object.is(value, -0) ? 0 : value };
  if (unit !== undefined) result.unit = unit;
  if (cell.currency !== undefined) result.currency = cell.currency;
  if (cell.percent) result.percent = true;
  return parsed(result, flags);
}

/**
 * The decimal mark a value shows beyond doubt: ',' for 12,5, 1.234,56 or 1.234.567; '.' for 12.5 or
 * 1,234.5; undefined for 1234, 1.234 or text that is no number. Counted over a column, it decides the
 * column's mark (decideDecimalMark).
 */
export function decimalMarkShown(text: string): DecimalMark | undefined {
  const cell = splitCell(text.trim());
  const digits = cell && readDigits(cell.number);
  return digits?.kind === 'plain' ? digits.shown : undefined;
}

/**
 * A column's decimal mark from the marks its values showed (decimalMarkShown): the one most of them
 * show, the layout's on a tie; the layout's (or '.') when none showed one, settled only if the layout
 * declared it.
 */
export function decideDecimalMark(
  shown: Readonly<Record<DecimalMark, number>>,
  declared: DecimalMark | undefined,
): NumberOptions {
  const [comma, point] = [shown[','], shown['.']];
  if (comma + point === 0) return { decimalMark: declared ?? '.', settled: declared !== undefined };
  if (comma === point) return { decimalMark: declared ?? '.', settled: true };
  return { decimalMark: comma > point ? ',' : '.', settled: true };
}

const PLAIN = /^-?(\d+)(?:\.(\d+))?$/;

/**
 * The value of the form most cells hold (1250.5, -3, 900) in a column of decimal points, read
 * without the full grammar: mapping reads millions of them. Undefined for anything else.
 */
function plainNumber(text: string, options: NumberOptions): number | undefined {
  const match = PLAIN.exec(text);
  if (!match) return undefined;
  const [, whole = '', fraction] = match;
  if (fraction !== undefined && (options.decimalMark !== '.' || isAmbiguous(whole, fraction)))
    return undefined;
  const value = Number(text);
  return Object.is(value, -0) ? 0 : value;
}

/** "1.234" alone cannot tell; "0.123", "12.5" and "1234.567" can (no group of thousands fits them). */
function isAmbiguous(whole: string, last: string): boolean {
  return last.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== '0';
}

interface Cell {
  number: string;
  negative: boolean;
  currency?: string;
  unit?: string;
  percent: boolean;
}

function splitCell(text: string): Cell | undefined {
  const parenthesised = /^\((.*)\)$/.exec(text);
  const inner = parenthesised ? (parenthesised[1] ?? '').trim() : text;
  const groups = CELL.exec(inner.replace(/[\u00a0\u202f]/g, ' '))?.groups;
  if (!groups?.number) return undefined;
  const signs = [groups.sign1, groups.sign2].filter((sign) => sign !== undefined);
  const written = groups.currency1 ?? groups.currency2;
  if (signs.length > 1 || (parenthesised && signs.length > 0)) return undefined;
  if (groups.currency1 !== undefined && groups.currency2 !== undefined) return undefined;
  const cell: Cell = {
    number: groups.number.trim(),
    negative: parenthesised !== null || signs[0] === '-',
    percent: groups.percent !== undefined,
  };
  if (written !== undefined) cell.currency = currencyCode(written);
  if (groups.unit !== undefined) cell.unit = groups.unit.replace(/\.$/, '');
  return cell;
}

function currencyCode(written: string): string {
  for (const [pattern, code] of CURRENCIES) if (pattern.test(written)) return code || written.toUpperCase();
  return written;
}

/** The standard's unit a unit written in a cell names; null when it names none. */
function unitCode(written: string): UnitCode | null {
  const lower = written.toLowerCase();
  return UNIT_CODES.find((code) => code.toLowerCase() === lower) ?? UNIT_SPELLINGS[lower] ?? null;
}

type Digits =
  | { kind: 'plain'; digits: string; shown?: DecimalMark }
  | { kind: 'ambiguous'; mark: DecimalMark; whole: string; last: string };

const OTHER: Record<DecimalMark, DecimalMark> = { '.': ',', ',': '.' };

function isMark(text: string | undefined): text is DecimalMark {
  return text === '.' || text === ',';
}

/** The digits of a number as JavaScript reads them, or the two readings of an ambiguous one. */
function readDigits(number: string): Digits | undefined {
  // A space or an apostrophe only ever separates thousands: what follows the last group is decimal.
  const spaced = /^(\d{1,3}(?:[ '’]\d{3})+)(?:([.,])(\d+))?$/.exec(number);
  if (spaced) {
    const whole = (spaced[1] ?? '').replace(/[ '’]/g, '');
    const mark = spaced[2];
    return isMark(mark)
      ? { kind: 'plain', digits: `${whole}.${spaced[3] ?? ''}`, shown: mark }
      : { kind: 'plain', digits: whole };
  }
  if (/^\d+$/.test(number)) return { kind: 'plain', digits: number };
  if (/[ '’]/.test(number)) return undefined;
  const marks = [...new Set(number.replace(/\d/g, ''))];
  if (marks.length === 2) {
    // Both marks: the last one written is the decimal mark, the other groups thousands.
    const decimal = number.at(number.search(/[.,][^.,]*$/));
    return isMark(decimal) ? grouped(number, OTHER[decimal], decimal) : undefined;
  }
  const [mark] = marks;
  if (!isMark(mark) || marks.length !== 1) return undefined;
  const parts = number.split(mark);
  if (parts.length > 2) return grouped(number, mark, OTHER[mark]);
  const [whole = '', last = ''] = parts;
  if (last === '') return undefined;
  if (isAmbiguous(whole, last)) return { kind: 'ambiguous', mark, whole, last };
  return { kind: 'plain', digits: `${whole || '0'}.${last}`, shown: mark };
}

/** A number whose thousands are grouped by `thousands`, with a fraction after `decimal` or none. */
function grouped(number: string, thousands: DecimalMark, decimal: DecimalMark): Digits | undefined {
  const t = thousands === '.' ? '\\.' : ',';
  const d = decimal === '.' ? '\\.' : ',';
  const match = new RegExp(`^(\\d{1,3}(?:${t}\\d{3})+)(?:${d}(\\d+))?$`).exec(number);
  if (!match) return undefined;
  const whole = (match[1] ?? '').split(thousands).join('');
  return {
    kind: 'plain',
    digits: match[2] === undefined ? whole : `${whole}.${match[2]}`,
    shown: decimal,
  };
}
