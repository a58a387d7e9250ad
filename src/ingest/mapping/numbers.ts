import { Type } from 'typebox';
import {
  decideDecimalMark,
  parseNumber,
  qualityFlag,
  type NumberOptions,
  type QualityFlag,
  type UnitCode,
} from '@veta/standard';
import {
  cell,
  EMPTY,
  fileColumn,
  problem,
  value,
  type TransformDefinition,
  type TransformInput,
  type TransformResult,
} from './transform.js';

/** A number a transform read, with the flags its reading earned, or the problem that rejects it. */
export type NumberRead =
  { ok: true; value: number; flags: QualityFlag[] } | Extract<TransformResult, { ok: false }>;

/** What the field expects beside the number: a unit written in the cell must be this one. */
export interface NumberExpectation {
  unit?: UnitCode;
  currency?: string;
}

const NO_EVIDENCE = { '.': 0, ',': 0 } as const;

/** The decimal mark a column's numbers are read with: decided from the file, else the layout's. */
export function numberOptions(input: TransformInput, column: string): NumberOptions {
  return (
    input.numberMarks[fileColumn(input, column)] ?? decideDecimalMark(NO_EVIDENCE, input.declaredDecimalMark)
  );
}

/**
 * Reads a column's number with the standard's parser. A unit or currency written in the cell is
 * checked against the field's where it has one (a mismatch rejects the value) and flagged where it
 * has none, so that nothing written in the cell is dropped unsaid.
 */
export function readNumber(
  input: TransformInput,
  column: string,
  text: string,
  expected: NumberExpectation = {},
): NumberRead {
  const read = parseNumber(text, numberOptions(input, column));
  if (!read.ok) return { ok: false, problem: { code: read.code, message: read.message } };
  const { unit, currency } = read.value;
  const flags = [...read.flags];
  if (unit !== undefined && expected.unit !== undefined && unit !== expected.unit)
    return {
      ok: false,
      problem: {
        code: 'UNIT_MISMATCH',
        message: `"${text}" is in ${unit} where the column is in ${expected.unit}.`,
      },
    };
  if (unit !== undefined && expected.unit === undefined)
    flags.push(
      qualityFlag('UNIT_IN_CELL', `"${text}" names its unit, ${unit}, which this field does not check.`),
    );
  if (
    currency !== undefined &&
    currency !== '$' &&
    expected.currency !== undefined &&
    currency !== expected.currency
  )
    return {
      ok: false,
      problem: {
        code: 'CURRENCY_MISMATCH',
        message: `"${text}" is in ${currency} where the column is in ${expected.currency}.`,
      },
    };
  if (currency !== undefined && expected.currency === undefined)
    flags.push(
      qualityFlag(
        'CURRENCY_IN_CELL',
        `"${text}" names a currency, ${currency}, which this field does not check.`,
      ),
    );
  return { ok: true, value: read.value.value, flags };
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
  summary:
    'A number as agencies write it (decimal mark decided per column), with a floor and a plausibility ceiling.',
  params: DecimalParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const parsed = readNumber(input, params.column, text);
    if (!parsed.ok) return parsed;
    const result = parsed.value * (params.multiply ?? 1);
    if (params.min !== undefined && result < params.min) {
      return problem('NUMBER_OUT_OF_RANGE', `${text} is below the minimum of ${params.min}.`);
    }
    if (params.plausibleMax !== undefined && result > params.plausibleMax) {
      const flag = qualityFlag(
        'IMPLAUSIBLE_VALUE',
        `${text} is above ${params.plausibleMax}, more than such a record plausibly holds.`,
      );
      return value(result, [...parsed.flags, flag]);
    }
    return value(result, parsed.flags);
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
    const parsed = readNumber(input, params.column, text);
    if (!parsed.ok) return parsed;
    if (!Number.isInteger(parsed.value)) return problem('NUMBER_INVALID', `"${text}" is not a whole number.`);
    return value(parsed.value, parsed.flags);
  },
};
