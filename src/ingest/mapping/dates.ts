import { Type } from 'typebox';
import { isoDay, parseDate, parseTimestamp, qualityFlag } from '@veta/standard';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

const DateParams = Type.Object(
  {
    use: Type.Literal('date'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    formats: Type.Optional(Type.Array(Type.String(), { minItems: 1 })),
  },
  { additionalProperties: false },
);

/**
 * A calendar date in the layout's formats or another form agencies write (the standard's parseDate),
 * as yyyy-mm-dd; impossible days reject the value, future ones are flagged.
 */
export const dateTransform: TransformDefinition<typeof DateParams> = {
  name: 'date',
  summary: 'A calendar date in the layout date formats or another form agencies write, stored as yyyy-mm-dd.',
  params: DateParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const parsed = parseDate(text, { formats: params.formats ?? input.dateFormats });
    if (!parsed.ok) return problem(parsed.code, parsed.message);
    const day = isoDay(parsed.value);
    if (day > input.today) {
      const future = qualityFlag('DATE_IN_FUTURE', `${text} is after today (${input.today}).`);
      return value(day, [...parsed.flags, future]);
    }
    return value(day, parsed.flags);
  },
};

const TimestampParams = Type.Object(
  { use: Type.Literal('timestamp'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/**
 * A moment, stored in UTC (the standard's parseTimestamp): with its zone, or read in the layout's
 * country's zone (flagged), or a date alone kept at day precision (flagged).
 */
export const timestampTransform: TransformDefinition<typeof TimestampParams> = {
  name: 'timestamp',
  summary: 'A timestamp (ISO 8601, dd/mm/yyyy HH:MM or a date alone), stored in UTC.',
  params: TimestampParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const parsed = parseTimestamp(text, { formats: input.dateFormats, timeZone: input.timeZone });
    if (!parsed.ok) return problem(parsed.code, parsed.message);
    return value(parsed.value, parsed.flags);
  },
};

type PeriodFormat = 'yyyymm' | 'yyyy-mm' | 'yyyy-Tn' | 'yyyy-Sn' | 'yyyy';

const PeriodParams = Type.Object(
  {
    use: Type.Literal('period'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    format: Type.Union([
      Type.Literal('yyyymm'),
      Type.Literal('yyyy-mm'),
      Type.Literal('yyyy-Tn'),
      Type.Literal('yyyy-Sn'),
      Type.Literal('yyyy'),
    ]),
  },
  { additionalProperties: false },
);

/** A reporting period (month, quarter, half-year or year) with its first and last days. */
export const periodTransform: TransformDefinition<typeof PeriodParams> = {
  name: 'period',
  summary: 'A reporting period: yyyymm, yyyy-mm, yyyy-Tn (quarter), yyyy-Sn (half-year) or yyyy.',
  params: PeriodParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const period = parsePeriod(text, params.format);
    if (!period)
      return problem('PERIOD_INVALID', `"${text}" is not a period in the format ${params.format}.`);
    return value(period);
  },
};

type Granularity = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

/** A period's granularity and first and last days, or undefined when the text does not fit the format. */
export function parsePeriod(
  text: string,
  format: PeriodFormat,
): { granularity: Granularity; start: string; end: string } | undefined {
  const match = /^(\d{4})(?:-?(\d{2})|-[TtQq](\d)|-[Ss](\d))?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const spans: Record<PeriodFormat, [Granularity, number, number] | undefined> = {
    yyyymm: match[2] !== undefined && !text.includes('-') ? ['MONTH', Number(match[2]), 1] : undefined,
    'yyyy-mm': match[2] !== undefined && text.includes('-') ? ['MONTH', Number(match[2]), 1] : undefined,
    'yyyy-Tn': match[3] !== undefined ? ['QUARTER', (Number(match[3]) - 1) * 3 + 1, 3] : undefined,
    'yyyy-Sn': match[4] !== undefined ? ['HALF_YEAR', (Number(match[4]) - 1) * 6 + 1, 6] : undefined,
    yyyy:
      match[2] === undefined && match[3] === undefined && match[4] === undefined
        ? ['YEAR', 1, 12]
        : undefined,
  };
  const span = spans[format];
  if (!span) return undefined;
  const [granularity, firstMonth, months] = span;
  if (firstMonth < 1 || firstMonth + months - 1 > 12) return undefined;
  const last = new Date(Date.UTC(year, firstMonth - 1 + months, 0));
  return {
    granularity,
    start: isoDay({ year, month: firstMonth, day: 1 }),
    end: isoDay({ year, month: last.getUTCMonth() + 1, day: last.getUTCDate() }),
  };
}

const YearMonthParams = Type.Object(
  {
    use: Type.Literal('year-month'),
    /** The year column; `monthColumn` holds the month 1-12, empty (or 52, Comtrade's code) for the year. */
    column: Type.String(),
    monthColumn: Type.String(),
    required: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** A month (or a whole year) given in two columns, as Comtrade's refYear and refMonth. */
export const yearMonthTransform: TransformDefinition<typeof YearMonthParams> = {
  name: 'year-month',
  summary: 'A month period from a year column and a month column (the whole year when no month).',
  params: YearMonthParams,
  run(params, input) {
    const year = cell(input, params.column);
    if (year === '') return EMPTY;
    const month = cell(input, params.monthColumn);
    const whole = month === '' || month === '52';
    const period = whole
      ? parsePeriod(year, 'yyyy')
      : parsePeriod(`${year}-${month.padStart(2, '0')}`, 'yyyy-mm');
    if (!period) return problem('PERIOD_INVALID', `"${year}" and month "${month}" are not a period.`);
    return value(period);
  },
};
