import { Type } from 'typebox';
import { qualityFlag } from '@veta/standard';
import { cell, EMPTY, problem, value, type TransformDefinition, type TransformInput } from './transform.js';

/**
 * Reads a number written with the profile's marks ("1.234,56" in Colombia, "1234.56" in Peru).
 * Returns undefined when the text is not a plain decimal number.
 */
export function parseLocalNumber(
  text: string,
  input: Pick<TransformInput, 'decimalMark' | 'thousandsMark'>,
): number | undefined {
  const compact = text.replace(/\s/g, '');
  const pattern = numberPattern(input.decimalMark, input.thousandsMark);
  const match = pattern.exec(compact);
  if (!match) return undefined;
  // Thousands marks must group by three from the left of the decimal mark: "12.500" with a
  // Colombian profile is 12500, but "1.2345" is no number at all rather than a silent 12345.
  const [, sign = '', whole = '', fraction] = match;
  if (whole === '' && fraction === undefined) return undefined;
  const digits = input.thousandsMark === '' ? whole : whole.split(input.thousandsMark).join('');
  const parsed = Number(`${sign}${digits}${fraction === undefined ? '' : `.${fraction}`}`);
  return Number.isFinite(parsed) ? parsed : undefined;
}

const patterns = new Map<string, RegExp>();

function numberPattern(decimalMark: '.' | ',', thousandsMark: '.' | ',' | ''): RegExp {
  const key = `${decimalMark}${thousandsMark}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const d = decimalMark === '.' ? '\\.' : ',';
    const grouped = thousandsMark === '' ? '' : `|\\d{1,3}(?:${thousandsMark === '.' ? '\\.' : ','}\\d{3})+`;
    pattern = new RegExp(`^([-+]?)(\\d+${grouped})?(?:${d}(\\d+))?$`);
    patterns.set(key, pattern);
  }
  return pattern;
}

const DecimalParams = Type.Object(
  {
    use: Type.Literal('decimal'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    min: Type.Optional(Type.Number()),
    /** Above this the value is kept but flagged as implausible. */
    plausibleMax: Type.Optional(Type.Number()),
    multiply: Type.Optional(Type.Number()),
  },
  { additionalProperties: false },
);

/** A decimal number in the profile's notation, with an optional floor and plausibility ceiling. */
export const decimalTransform: TransformDefinition<typeof DecimalParams> = {
  name: 'decimal',
  summary: 'A number written with the layout decimal and thousands marks.',
  params: DecimalParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const parsed = parseLocalNumber(text, input);
    if (parsed === undefined) return problem('NUMBER_INVALID', `"${text}" is not a number.`);
    const result = parsed * (params.multiply ?? 1);
    if (params.min !== undefined && result < params.min) {
      return problem('NUMBER_OUT_OF_RANGE', `${text} is below the minimum of ${params.min}.`);
    }
    if (params.plausibleMax !== undefined && result > params.plausibleMax) {
      const flag = qualityFlag(
        'IMPLAUSIBLE_VALUE',
        `${text} is above ${params.plausibleMax}, more than such a record plausibly holds.`,
      );
      return value(result, [flag]);
    }
    return value(result);
  },
};

const IntegerParams = Type.Object(
  { use: Type.Literal('integer'), column: Type.String(), required: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** A whole number. */
export const integerTransform: TransformDefinition<typeof IntegerParams> = {
  name: 'integer',
  summary: 'A whole number.',
  params: IntegerParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const parsed = parseLocalNumber(text, input);
    if (parsed === undefined || !Number.isInteger(parsed))
      return problem('NUMBER_INVALID', `"${text}" is not a whole number.`);
    return value(parsed);
  },
};
