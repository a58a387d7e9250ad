import { qualityFlag, type QualityFlag } from '../quality-flag.js';
import { monthByName } from './months.js';
import { failed, parsed, type Parsed } from './parsed.js';

/** A day of the Gregorian calendar. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A time of day as written (no zone applied). */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** A date as read: its day, the time when one was written, and the zone's offset when one was given. */
export interface DateTimeReading {
  day: CalendarDay;
  time?: TimeOfDay;
  /** Minutes east of UTC, when the text names its zone (Z, -05:00). */
  offsetMinutes?: number;
}

/** The layout's own formats (dd/mm/yyyy, yyyymmdd, dd/mm/yyyy HH:MI:SS, dd-MMM-yyyy): tried first. */
export interface DateOptions {
  formats?: readonly string[];
}

/**
 * Two-digit years: 00-49 are read as 2000-2049 and 50-99 as 1950-1999 (the pivot of RFC 2822 and
 * of most spreadsheets' two-digit years). A birth date of 1945 written "45" is therefore read 2045,
 * which the date's own check then flags as in the future.
 */
export const TWO_DIGIT_YEAR_PIVOT = 50;

const TOKENS: Record<string, string> = {
  yyyy: '(?<year>\\d{4})',
  yy: '(?<year>\\d{2})',
  MMM: '(?<monthName>\\p{L}+\\.?)',
  mm: '(?<month>\\d{1,2})',
  dd: '(?<day>\\d{1,2})',
  HH: '(?<hour>\\d{1,2})',
  MI: '(?<minute>\\d{2})',
  SS: '(?<second>\\d{2})',
};

const declaredPatterns = new Map<string, RegExp>();

/** The regular expression of a layout's date format such as dd/mm/yyyy, yyyymmdd or dd/mm/yyyy HH:MI. */
function declaredPattern(format: string): RegExp {
  let pattern = declaredPatterns.get(format);
  if (!pattern) {
    const source =
      format === 'yyyymmdd'
        ? '(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})'
        : format
            .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
            .replace(/yyyy|yy|MMM|mm|dd|HH|MI|SS/g, (token) => TOKENS[token] ?? token);
    pattern = new RegExp(`^${source}$`, 'u');
    declaredPatterns.set(format, pattern);
  }
  return pattern;
}

// A time after the date, with seconds, a fraction and a zone each optional; a zone only with a time.
const TIME =
  '(?:(?:T|\\s+)(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,](?<fraction>\\d{1,9}))?)?' +
  '\\s*(?<zone>Z|[+-]\\d{2}(?::?\\d{2})?)?)?';

type Order = 'DMY' | 'MDY';

interface TolerantForm {
  pattern: RegExp;
  /** Numeric day and month whose order the layout or the values must settle. */
  ordered?: boolean;
}

// Tried in this order after the layout's own formats; docs/ingestion.md lists them.
const TOLERANT_FORMS: readonly TolerantForm[] = [
  { pattern: new RegExp(`^(?<year>\\d{4})-(?<month>\\d{1,2})-(?<day>\\d{1,2})${TIME}$`, 'u') },
  { pattern: /^(?<year>\d{4})(?<month>\d{2})(?<day>\d{2})$/u },
  {
    pattern: new RegExp(
      `^(?<leading>\\d{1,2})(?<separator>[/.-])(?<following>\\d{1,2})\\k<separator>(?<year>\\d{4}|\\d{2})${TIME}$`,
      'u',
    ),
    ordered: true,
  },
  {
    pattern: new RegExp(
      `^(?<day>\\d{1,2})[-/. ]+(?:de\\s+)?(?<monthName>\\p{L}+\\.?)[-/. ]+(?:del?\\s+)?(?<year>\\d{4}|\\d{2})${TIME}$`,
      'iu',
    ),
  },
  { pattern: /^(?<serial>\d{5}(?:\.\d+)?)$/u },
];

const TOLERANT_NAMES = 'yyyy-mm-dd, dd/mm/yyyy, d/m/yy, dd-MMM-yyyy, yyyymmdd or an Excel serial number';

/**
 * Reads a date, with its time and zone when written, in the layout's formats first and then in the
 * forms agencies write: yyyy-mm-dd (ISO, time and zone optional), yyyymmdd, dd/mm/yyyy and d/m/yy
 * (also with '-' or '.'), dd-MMM-yyyy with Spanish or English month names, and Excel serial numbers.
 * Day and month written as numbers are read in the order the layout's formats give; when they give
 * none and both could be the month (05/06/2023), the day comes first, as in the region, and the
 * reading is flagged DATE_AMBIGUOUS.
 */
export function readDateTime(text: string, options: DateOptions = {}): Parsed<DateTimeReading> {
  const formats = options.formats ?? [];
  const declared = formats.length > 0 ? `${formats.join(' or ')} (the layout's formats), or ` : '';
  return (
    matchDateTime(text, formats) ??
    failed('DATE_INVALID', `"${text.trim()}" is not a date: expected ${declared}${TOLERANT_NAMES}.`)
  );
}

/** Whether the text is a real day written in exactly this format (no tolerant form tried). */
export function fitsDateFormat(text: string, format: string): boolean {
  const trimmed = text.trim();
  const groups = declaredPattern(format).exec(trimmed)?.groups;
  return groups !== undefined && fromGroups(trimmed, groups, 'DMY', false).ok;
}

/** The reading of the first form the text fits, or undefined when it fits none. */
export function matchDateTime(text: string, formats: readonly string[]): Parsed<DateTimeReading> | undefined {
  const trimmed = text.trim();
  for (const format of formats) {
    const groups = declaredPattern(format).exec(trimmed)?.groups;
    if (groups) return fromGroups(trimmed, groups, 'DMY', false);
  }
  const order = declaredOrder(formats);
  for (const form of TOLERANT_FORMS) {
    const groups = form.pattern.exec(trimmed)?.groups;
    if (!groups) continue;
    if (groups.serial !== undefined) return fromSerial(trimmed, Number(groups.serial));
    return fromGroups(trimmed, groups, order ?? 'DMY', form.ordered === true && order === undefined);
  }
  return undefined;
}

/** Reads a calendar date (a time written after it is allowed and left aside). */
export function parseDate(text: string, options: DateOptions = {}): Parsed<CalendarDay> {
  const reading = readDateTime(text, options);
  return reading.ok ? parsed(reading.value.day, reading.flags) : reading;
}

/** yyyy-mm-dd. */
export function isoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The day an Excel serial number stands for in the 1900 date system (1 is 1900-01-01). Excel counts
 * a 29 February 1900 that never was (Lotus 1-2-3's bug, kept for compatibility): serial 60 is that
 * day and no date, and from 61 on serials are one ahead of a plain count of days.
 */
export function excelSerialDay(serial: number): CalendarDay | undefined {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 2_958_465) return undefined;
  const date = new Date(Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Whether the day exists (no 30 February, no month 13). */
export function isRealDay({ year, month, day }: CalendarDay): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The order of numeric day and month the layout's formats give, if any gives one. */
function declaredOrder(formats: readonly string[]): Order | undefined {
  for (const format of formats) {
    const day = format.indexOf('dd');
    const month = format.indexOf('mm');
    if (day < 0 || month < 0 || format.startsWith('yyyy')) continue;
    return day < month ? 'DMY' : 'MDY';
  }
  return undefined;
}

function fromGroups(
  text: string,
  groups: Record<string, string | undefined>,
  order: Order,
  undeclared: boolean,
): Parsed<DateTimeReading> {
  const flags: QualityFlag[] = [];
  let day = Number(groups.day);
  let month = groups.monthName === undefined ? Number(groups.month) : monthByName(groups.monthName);
  if (groups.leading !== undefined && groups.following !== undefined) {
    const [first, second] = [Number(groups.leading), Number(groups.following)];
    // A number above 12 can only be the day: the values settle the order the layout left open.
    const dayFirst = first > 12 ? true : second > 12 ? false : order === 'DMY';
    [day, month] = dayFirst ? [first, second] : [second, first];
    if (undeclared && first <= 12 && second <= 12 && first !== second)
      flags.push(
        qualityFlag(
          'DATE_AMBIGUOUS',
          `"${text}" could be day ${first} of month ${second} or month ${first}, day ${second}; it was read day first, the region's order. Declare the layout's dateFormats to settle it.`,
        ),
      );
  }
  if (month === undefined)
    return failed(
      'DATE_INVALID',
      `"${text}": "${groups.monthName ?? ''}" is not a month name in Spanish or English.`,
    );
  const yearText = groups.year ?? '';
  const shortYear = Number(yearText);
  const year =
    yearText.length === 2 ? shortYear + (shortYear < TWO_DIGIT_YEAR_PIVOT ? 2000 : 1900) : shortYear;
  const calendarDay = { year, month, day };
  if (!isRealDay(calendarDay))
    return failed(
      'DATE_INVALID',
      `"${text}" is not a real date: there is no day ${day} in month ${month} of ${year}.`,
    );
  if (groups.hour === undefined) return parsed({ day: calendarDay }, flags);
  const time = {
    hour: Number(groups.hour),
    minute: Number(groups.minute ?? '0'),
    second: Number(groups.second ?? '0'),
    millisecond: Math.round(Number(`0.${groups.fraction ?? '0'}`) * 1000),
  };
  if (time.hour > 23 || time.minute > 59 || time.second > 59)
    return failed('DATE_INVALID', `"${text}" is not a real time of day.`);
  const offsetMinutes = groups.zone === undefined ? undefined : zoneOffset(groups.zone);
  return parsed(
    offsetMinutes === undefined ? { day: calendarDay, time } : { day: calendarDay, time, offsetMinutes },
    flags,
  );
}

function zoneOffset(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

function fromSerial(text: string, serial: number): Parsed<DateTimeReading> {
  const day = excelSerialDay(serial);
  if (!day) return failed('DATE_INVALID', `"${text}" is not a day as an Excel serial number.`);
  const fraction = serial - Math.floor(serial);
  if (fraction === 0) return parsed({ day });
  // Rounded to the second, never up to the next day.
  const seconds = Math.min(86_399, Math.round(fraction * 86_400));
  const time = {
    hour: Math.floor(seconds / 3600),
    minute: Math.floor((seconds % 3600) / 60),
    second: seconds % 60,
    millisecond: 0,
  };
  return parsed({ day, time });
}
