import { Type } from 'typebox';
import {
  convertUnit,
  fineContent,
  normaliseFineness,
  unitDefinition,
  UnitCode,
  type QualityFlag,
} from '@veta/standard';
import { readNumber } from './numbers.js';
import { convertedQuantity, unitOf } from './quantities.js';
import { cell, EMPTY, problem, value, type TransformDefinition } from './transform.js';

const BASE_UNIT = { MASS: 'kg', VOLUME: 'L', COUNT: 'unit' } as const;

const MeasureParams = Type.Object(
  {
    use: Type.Literal('measure'),
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    unit: Type.Optional(UnitCode),
    unitColumn: Type.Optional(Type.String()),
    /** Convert to the base unit of the dimension: kg for masses, litres for volumes, units for counts. */
    normalise: Type.Optional(Type.Boolean()),
    /** Fixed members added to the object, e.g. { period: MONTH, metal: AU } for a capacity. */
    with: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);

/**
 * A number with its unit as an object { value, unit }: as declared, or normalised to kg, litres or
 * units when the unit varies by row (controlled inputs come in KG, L, GL or UND).
 */
export const measureTransform: TransformDefinition<typeof MeasureParams> = {
  name: 'measure',
  summary: 'A quantity with its unit, { value, unit }, as declared or normalised to kg, L or unit.',
  params: MeasureParams,
  run(params, input) {
    const text = cell(input, params.column);
    if (text === '') return EMPTY;
    const unit = unitOf(input, params.unit, params.unitColumn);
    if (typeof unit !== 'string') return unit;
    const amount = readNumber(input, params.column, text, { unit });
    if (!amount.ok) return amount;
    if (amount.value < 0) return problem('QUANTITY_NEGATIVE', `${text} is negative; a quantity cannot be.`);
    const target: UnitCode = params.normalise === true ? BASE_UNIT[unitDefinition(unit).dimension] : unit;
    const converted = convertUnit(String(amount.value), unit, target);
    if (!converted.ok) return problem(`UNIT_${converted.code}`, `${converted.message}.`);
    return value({ value: Number(converted.value), unit: target, ...params.with }, amount.flags);
  },
};

const FineMassParams = Type.Object(
  {
    use: Type.Literal('fine-mass'),
    /** The gross (or net) mass of the lot. */
    column: Type.String(),
    required: Type.Optional(Type.Boolean()),
    unit: UnitCode,
    finenessColumn: Type.String(),
    scale: Type.Union([Type.Literal('THOUSANDTHS'), Type.Literal('PERCENT'), Type.Literal('FRACTION')]),
    to: UnitCode,
    plausibleMax: Type.Optional(Type.Number()),
  },
  { additionalProperties: false },
);

/**
 * Fine content computed exactly as mass times fineness, for layouts that give only the gross mass
 * and the fineness. Empty when either is; a bad fineness is left to the fineness field to report.
 */
export const fineMassTransform: TransformDefinition<typeof FineMassParams> = {
  name: 'fine-mass',
  summary: 'Fine content: a mass times a fineness column, converted to the target unit.',
  params: FineMassParams,
  run(params, input) {
    const massText = cell(input, params.column);
    const finenessText = cell(input, params.finenessColumn);
    if (massText === '' || finenessText === '') return EMPTY;
    // A bad mass or fineness is left to their own fields to report.
    const mass = readNumber(input, params.column, massText, { unit: params.unit });
    const finenessNumber = readNumber(input, params.finenessColumn, finenessText);
    if (!mass.ok || mass.value < 0 || !finenessNumber.ok) return EMPTY;
    const fineness = normaliseFineness(String(finenessNumber.value), params.scale);
    if (!fineness.ok) return EMPTY;
    const fine = fineContent(String(mass.value), fineness.fraction);
    if (fine === undefined) return EMPTY;
    return convertedQuantity(
      fine,
      params.unit,
      params.to,
      params.plausibleMax,
      `${fine} ${params.unit} of fine content`,
    );
  },
};

const PURE = { 'g/t': 1_000_000, '%': 100, 'mg/kg': 1_000_000 } as const;

const ContentsParams = Type.Object(
  {
    use: Type.Literal('contents'),
    required: Type.Optional(Type.Boolean()),
    /** For each column, the element it measures and its unit: { AU_G_T: { element: AU, unit: g/t } }. */
    columns: Type.Record(
      Type.String(),
      Type.Object(
        {
          element: Type.String({ pattern: '^[A-Z]{1,2}$' }),
          unit: Type.Union([Type.Literal('g/t'), Type.Literal('%'), Type.Literal('mg/kg')]),
        },
        { additionalProperties: false },
      ),
      { minProperties: 1 },
    ),
  },
  { additionalProperties: false },
);

/**
 * The elements measured in a sample, one { element, value, unit } per non-empty column; a content
 * below none or above pure (1,000,000 g/t, 100 %) rejects the row.
 */
export const contentsTransform: TransformDefinition<typeof ContentsParams> = {
  name: 'contents',
  summary: 'Element contents of a sample from one column per element, in g/t, % or mg/kg.',
  params: ContentsParams,
  run(params, input) {
    const contents: { element: string; value: number; unit: string }[] = [];
    const flags: QualityFlag[] = [];
    for (const [column, { element, unit }] of Object.entries(params.columns)) {
      const text = cell(input, column);
      if (text === '') continue;
      const read = readNumber(input, column, text);
      if (!read.ok) return problem(read.problem.code, read.problem.message, column);
      const amount = read.value;
      flags.push(...read.flags.map((flag) => ({ ...flag, field: column })));
      if (amount < 0 || amount > PURE[unit]) {
        return problem(
          'CONTENT_OUT_OF_RANGE',
          `${text} ${unit} is outside 0-${PURE[unit]}, the range from none to pure.`,
          column,
        );
      }
      contents.push({ element, value: amount, unit });
    }
    return contents.length === 0 ? EMPTY : value(contents, flags);
  },
};
