import { Type, type Static } from 'typebox';
import {
  compareDecimal,
  divideDecimal,
  formatDecimal,
  multiplyDecimal,
  parseDecimal,
  type Decimal,
} from './decimal.js';

/** The physical dimension a unit measures; only units of one dimension convert into each other. */
export type Dimension = 'MASS' | 'VOLUME' | 'COUNT';

/** One unit of the standard with its exact factor to the dimension's base unit (g, L or unit). */
export interface UnitDefinition {
  readonly code: string;
  readonly name: string;
  readonly dimension: Dimension;
  readonly toBase: string;
}

/** Codes of the units a quantity may be declared in. */
export const UNIT_CODES = ['mg', 'g', 'kg', 't', 'ozt', 'mL', 'L', 'gal', 'm3', 'unit'] as const;
export const UnitCode = Type.Enum(UNIT_CODES, { description: 'Unit of measure (see the units code list).' });
export type UnitCode = Static<typeof UnitCode>;

// Factors are exact by definition: the troy ounce is 31.1034768 g (International Yard and Pound
// Agreement, 1959) and the US liquid gallon is 231 cubic inches = 3.785411784 L.
const UNIT_TABLE: Record<UnitCode, Omit<UnitDefinition, 'code'>> = {
  mg: { name: 'milligram', dimension: 'MASS', toBase: '0.001' },
  g: { name: 'gram', dimension: 'MASS', toBase: '1' },
  kg: { name: 'kilogram', dimension: 'MASS', toBase: '1000' },
  t: { name: 'metric tonne', dimension: 'MASS', toBase: '1000000' },
  ozt: { name: 'troy ounce', dimension: 'MASS', toBase: '31.1034768' },
  mL: { name: 'millilitre', dimension: 'VOLUME', toBase: '0.001' },
  L: { name: 'litre', dimension: 'VOLUME', toBase: '1' },
  gal: { name: 'US gallon', dimension: 'VOLUME', toBase: '3.785411784' },
  m3: { name: 'cubic metre', dimension: 'VOLUME', toBase: '1000' },
  unit: { name: 'unit (count)', dimension: 'COUNT', toBase: '1' },
};

/** Every unit of the standard with its exact factor to its dimension's base unit. */
export const UNITS: readonly UnitDefinition[] = UNIT_CODES.map((code) => ({ code, ...UNIT_TABLE[code] }));

/** A quantity as declared: a number and its unit. */
export const Quantity = Type.Object(
  { value: Type.Number(), unit: UnitCode },
  { additionalProperties: false, description: 'A number with its unit of measure.' },
);
export type Quantity = Static<typeof Quantity>;

/** The result of a conversion: a decimal string, and whether it is exact. */
export type Conversion =
  | { ok: true; value: string; exact: boolean }
  | { ok: false; code: 'NOT_A_NUMBER' | 'UNIT_DIMENSION_MISMATCH'; message: string };

/** Looks a unit up by its code. */
export function unitDefinition(code: UnitCode): UnitDefinition {
  return { code, ...UNIT_TABLE[code] };
}

/** Converts a value between two units of one dimension, exactly where the decimal result terminates. */
export function convertUnit(value: string | number, from: UnitCode, to: UnitCode): Conversion {
  const parsed = parseDecimal(value);
  if (!parsed) return { ok: false, code: 'NOT_A_NUMBER', message: `"${String(value)}" is not a number` };
  const source = unitDefinition(from);
  const target = unitDefinition(to);
  if (source.dimension !== target.dimension) {
    const message = `Cannot convert ${source.name} (${source.dimension}) to ${target.name} (${target.dimension})`;
    return { ok: false, code: 'UNIT_DIMENSION_MISMATCH', message };
  }
  const base = multiplyDecimal(parsed, decimal(source.toBase));
  const result = divideDecimal(base, decimal(target.toBase), 15);
  return { ok: true, value: formatDecimal(result.value), exact: result.exact };
}

/** How a fineness figure is written: 999.9 thousandths, 99.99 per cent or 0.9999 as a fraction. */
export type FinenessScale = 'THOUSANDTHS' | 'PERCENT' | 'FRACTION';

const SCALE_DIVISOR: Record<FinenessScale, string> = { THOUSANDTHS: '1000', PERCENT: '100', FRACTION: '1' };

/** The result of reading a fineness: the exact fraction (0-1) as a decimal string. */
export type FinenessResult =
  | { ok: true; fraction: string }
  | { ok: false; code: 'NOT_A_NUMBER' | 'FINENESS_OUT_OF_RANGE'; message: string };

/** Normalises a fineness written in thousandths, per cent or as a fraction to an exact fraction. */
export function normaliseFineness(value: string | number, scale: FinenessScale): FinenessResult {
  const parsed = parseDecimal(value);
  if (!parsed) return { ok: false, code: 'NOT_A_NUMBER', message: `"${String(value)}" is not a number` };
  const fraction = divideDecimal(parsed, decimal(SCALE_DIVISOR[scale])).value;
  if (compareDecimal(fraction, decimal('0')) < 0 || compareDecimal(fraction, decimal('1')) > 0) {
    const message = `Fineness ${String(value)} (${scale.toLowerCase()}) is outside 0-1 as a fraction; check the scale`;
    return { ok: false, code: 'FINENESS_OUT_OF_RANGE', message };
  }
  return { ok: true, fraction: formatDecimal(fraction) };
}

/** Fine content of a lot: gross mass times fineness (a fraction), exact, in the gross mass's unit. */
export function fineContent(
  grossMass: string | number,
  finenessFraction: string | number,
): string | undefined {
  const gross = parseDecimal(grossMass);
  const fineness = parseDecimal(finenessFraction);
  if (!gross || !fineness) return undefined;
  return formatDecimal(multiplyDecimal(gross, fineness));
}

function decimal(text: string): Decimal {
  const parsed = parseDecimal(text);
  if (!parsed) throw new RangeError(`Invalid decimal constant "${text}"`);
  return parsed;
}
