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
  let normalised = text.replace(/\s/g, '');
  if (input.thousandsMark !== '') {
    const thousands = input.thousandsMark === '.' ? /\.(?=\d{3}(\D|$))/g : /,(?=\d{3}(\D|$))/g;
    if (input.thousandsMark !== input.decimalMark) normalised = normalised.replace(thousands, '');
  }
  if (input.decimalMark === ',') normalised = normalised.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return undefined;
  const parsed = Number(normalised);
  return Number.isFinite(parsed) ? parsed : undefined;
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
