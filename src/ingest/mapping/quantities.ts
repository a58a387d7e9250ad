import { Type } from 'typebox';
import {
  convertUnit,
  normaliseFineness,
  qualityFlag,
  UNIT_CODES,
  UnitCode,
  type QualityFlag,
} from '@veta/standard';
import { readNumber } from './numbers.js';
import { crosswalkCode } from './terms.js';
import {
  cell,
  EMPTY,
  problem,
  value,
  type TransformDefinition,
  type TransformInput,
  type TransformResult,
} from './transform.js';

const QuantityParams = Type.Object(
  {
    use: Type.Literal('quantity'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    /** The unit the column is in, or the column that names it per row (mapped by the unit crosswalk). */
    unit: Type.Optional(UnitCode),
    unitColumn: Type.Optional(Type.String()),
    to: UnitCode,
    /** Above this, in the target unit, the value is kept but flagged as implausible. */
    plausibleMax: Type.Optional(Type.Number()),
  },
  { additionalProperties: false },
);

/**
 * A quantity converted to the standard's unit (kilograms for masses, litres for volumes) with the
 * standard's exact conversions. Negative quantities reject the row; implausible ones are flagged.
 */
export const quantityTransform: TransformDefinition<typeof QuantityParams> = {
  name: 'quantity',
  summary: 'A mass or volume converted exactly to the target unit.',
  params: QuantityParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const from = unitOf(input, params.unit, params.unitColumn);
    if (typeof from !== 'string') return from;
    const amount = readNumber(input, params.column, text, { unit: from });
    if (!amount.ok) return amount;
    if (amount.value < 0) return problem('QUANTITY_NEGATIVE', `${text} is negative; a quantity cannot be.`);
    return withFlags(
      convertedQuantity(String(amount.value), from, params.to, params.plausibleMax, `${text} ${from}`),
      amount.flags,
    );
  },
};

/** Converts an exact decimal between units, flagging a result above the plausible maximum. */
export function convertedQuantity(
  amount: string,
  from: UnitCode,
  to: UnitCode,
  plausibleMax: number | undefined,
  what: string,
): TransformResult {
  const converted = convertUnit(amount, from, to);
  if (!converted.ok) return problem(`UNIT_${converted.code}`, `${converted.message}.`);
  const result = Number(converted.value);
  if (plausibleMax !== undefined && result > plausibleMax) {
    const message = `${what} is more than ${plausibleMax} ${to}, more than such a record plausibly holds.`;
    return value(result, [qualityFlag('IMPLAUSIBLE_QUANTITY', message)]);
  }
  return value(result);
}

/** The unit a profile gives, or the one a row names in `unitColumn` (through the unit crosswalk). */
export function unitOf(
  input: TransformInput,
  unit: string | undefined,
  unitColumn: string | undefined,
): UnitCode | ReturnType<typeof problem> {
  if (unit !== undefined)
    return isUnit(unit)
      ? unit
      : problem('UNIT_UNKNOWN', `The profile's unit "${unit}" is not a unit of the standard.`);
  const term = cell(input, unitColumn);
  if (unitColumn === undefined || term === '')
    return problem('UNIT_MISSING', `No unit is given in ${unitColumn ?? 'the profile'}.`);
  const code = crosswalkCode(input, unitColumn, term);
  if (typeof code !== 'string') return code;
  return isUnit(code)
    ? code
    : problem('UNIT_UNKNOWN', `"${term}" maps to "${code}", which is not a unit of the standard.`);
}

/** A result with more flags, those of reading its number first. */
function withFlags(result: TransformResult, flags: readonly QualityFlag[]): TransformResult {
  if (!result.ok || flags.length === 0) return result;
  return value(result.value, [...flags, ...(result.flags ?? [])]);
}

/** Whether a code is a unit of the standard. */
export function isUnit(code: string): code is UnitCode {
  return (UNIT_CODES as readonly string[]).includes(code);
}

const FinenessParams = Type.Object(
  {
    use: Type.Literal('fineness'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    scale: Type.Union([Type.Literal('THOUSANDTHS'), Type.Literal('PERCENT'), Type.Literal('FRACTION')]),
  },
  { additionalProperties: false },
);

/** A fineness in thousandths, per cent or as a fraction, as the exact fraction 0-1; above pure rejects the row. */
export const finenessTransform: TransformDefinition<typeof FinenessParams> = {
  name: 'fineness',
  summary: 'A fineness in thousandths, per cent or as a fraction, stored as a fraction 0-1.',
  params: FinenessParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const amount = readNumber(input, params.column, text);
    if (!amount.ok) return amount;
    const fineness = normaliseFineness(String(amount.value), params.scale);
    if (!fineness.ok) return problem(fineness.code, `${fineness.message}.`);
    return value(Number(fineness.fraction), amount.flags);
  },
};

const MoneyParams = Type.Object(
  {
    use: Type.Literal('money'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  },
  { additionalProperties: false },
);

/** An amount of money in the currency the layout states (PEN, COP, USD). */
export const moneyTransform: TransformDefinition<typeof MoneyParams> = {
  name: 'money',
  summary: 'An amount of money in a stated currency.',
  params: MoneyParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const amount = readNumber(input, params.column, text, { currency: params.currency });
    if (!amount.ok) return amount;
    if (amount.value < 0) return problem('AMOUNT_NEGATIVE', `${text} is negative; an amount paid cannot be.`);
    return value({ amount: amount.value, currency: params.currency }, amount.flags);
  },
};
