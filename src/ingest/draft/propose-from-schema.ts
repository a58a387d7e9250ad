import {
  foldForComparison,
  IDENTIFIER_SCHEMES,
  listCrosswalks,
  RECORD_SCHEMAS,
  UNIT_CODES,
  type RecordTypeName,
} from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import { areaCountries } from './area-country.js';
import { periodNamed } from './period-words.js';
import { headerConcepts, headerWords } from './column-names.js';
import { specColumns, topOf, type Precedent, type SpecParams } from './precedents.js';
import type { DraftField, DraftInput } from './propose-fields.js';
import { proposeSameCountry } from './propose-same-country.js';
import { proposeSameShape } from './propose-same-shape.js';
import { shapeOf, type Shape } from './schema-shapes.js';
import { columnValues, sniffIdentifierScheme, sniffValueKind } from './sniff-values.js';
import { cleanShare, tolerable, tryField, usable } from './try-field.js';

/** The property to fill, and whether the standard requires it. */
interface Target {
  type: RecordTypeName;
  property: string;
  description: string;
  required: boolean;
}

// Properties every record has, which a profile's id, provenance and flags fill, not a column.
const BASE_PROPERTIES: ReadonlySet<string> = new Set(['recordType', 'id', 'country', 'provenance', 'flags']);
const SCHEMES: ReadonlySet<string> = new Set(IDENTIFIER_SCHEMES);
// A code as agencies write one: letters and digits, parts joined by a hyphen, slash or space.
const CODE = /^(?=.*\d)[A-Z0-9]+(?:[-/ ][A-Z0-9]+)*$/i;
// Words that say only what kind of value a column holds: FECHA names no more which date it is
// (a birth, a founding, an application) than the values do.
const KIND_WORDS: Readonly<Record<Shape['kind'], readonly string[]>> = {
  date: ['DATE'],
  reference: [],
  quantity: [],
  money: [],
  number: [],
  text: [],
};
// A plain number or text could be anything: only a header named for the property, half its
// meanings the property's name words, may fill it (VALOR_CIF_USD for cifUsd, FASE for phase).
const NAMED_ONLY: ReadonlySet<Shape['kind']> = new Set(['number', 'text']);
const NAMED = 0.5;
// ISO 4217, as the platform knows it.
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * Properties of the record type that no field fills yet (it is the only layout of its kind, so no
 * precedent names them), proposed from the standard's schema and the values: a reference from a
 * column of identifiers, a quantity from a number column beside a unit column, a sum of money from
 * a number column whose header names its currency, a date from a date column, a plain number or
 * text from a column plainly named for it. The property's name words, read through the vocabulary
 * of column words, choose among columns of one kind; an optional property is only filled from a
 * column named for it, and a required one from the best column left, noted as a guess. Required
 * properties choose first.
 * Parts of an object are first learnt from another property of the same shape (propose-same-shape)
 * and from the same columns of the same country's layouts (propose-same-country),
 * and an area placed by its parts gets the national file's country, which the standard requires.
 */
export function proposeFromSchema(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: DraftInput,
  learnt: readonly DraftField[],
): DraftField[] {
  const shaped = [...learnt, ...proposeSameShape(type, precedents, input, learnt)];
  const fields = [...shaped, ...proposeSameCountry(type, precedents, input, shaped)];
  const schema = RECORD_SCHEMAS[type];
  const required: ReadonlySet<string> = new Set(schema.required);
  const properties: Record<string, unknown> = schema.properties;
  const filled = new Set(fields.map((field) => topOf(field.path)));
  const read = new Set(fields.flatMap((field) => specColumns(field.spec)));
  const order = Object.keys(properties).sort((a, b) => Number(required.has(b)) - Number(required.has(a)));
  const added: DraftField[] = [];
  for (const property of order) {
    const shape = shapeOf(properties[property], input.context.country);
    if (filled.has(property) || BASE_PROPERTIES.has(property) || !shape) continue;
    const target = { type, property, description: shape.description, required: required.has(property) };
    const field = bestColumn(target, shape, input, read);
    if (!field) continue;
    added.push(field);
    read.add(field.spec.column ?? '');
  }
  const proposed = [...fields.slice(learnt.length), ...added];
  return [...proposed, ...areaCountries(type, [...learnt, ...proposed], input.context.country)];
}

interface Candidate {
  spec: FieldSpec;
  fit: number;
  clean: number;
}

function bestColumn(
  target: Target,
  shape: Shape,
  input: DraftInput,
  read: ReadonlySet<string>,
): DraftField | undefined {
  const { type, property } = target;
  const candidates: Candidate[] = [];
  for (const column of input.header) {
    const namedOnly = NAMED_ONLY.has(shape.kind);
    const fit = namedOnly
      ? nameFit(property, column)
      : nameFit(property, column, target.description, KIND_WORDS[shape.kind]);
    // A column another field reads, or one not named for an optional property, is no evidence.
    if (fit === 0 && (read.has(column) || !target.required)) continue;
    if (namedOnly && (fit < NAMED || read.has(column))) continue;
    const proposed = specFor(shape, column, input);
    if (!proposed) continue;
    const spec: FieldSpec = target.required ? { ...proposed, required: true } : proposed;
    const trial = tryField(spec, input.context, { type, path: property });
    if (!trial || !usable(trial) || trial.distinct === 0) continue;
    candidates.push({ spec, fit, clean: cleanShare(trial) });
  }
  const [best, next] = candidates.sort((a, b) => b.fit - a.fit || b.clean - a.clean);
  if (!best) return undefined;
  const column = best.spec.column ?? '';
  const doubt =
    best.fit === 0
      ? `no known layout fills ${property} and no column is named for it; ${column}'s values fit its kind (${shape.kind})`
      : next && next.fit === best.fit
        ? `no known layout fills ${property}; ${column} and ${next.spec.column ?? ''} are named alike for it`
        : undefined;
  return { path: property, spec: best.spec, from: [], doubt };
}

/**
 * How plainly a header names a property, 0 to 1: the share of the header's meanings, those that
 * only name the kind of value aside, that the property's name has (CANTIDAD for declaredQuantity)
 * or, at half weight, its description has (USUARIO for a recipient "User receiving the input"),
 * read through the column words.
 */
export function nameFit(
  property: string,
  column: string,
  description = '',
  kindWords: readonly string[] = [],
): number {
  const kind = new Set(kindWords.flatMap(headerConcepts));
  const header = new Set(headerConcepts(column).filter((concept) => !kind.has(concept)));
  const named = new Set(headerConcepts(property));
  // The standard's notes in parentheses (an ISO date, a canonical identifier) describe the kind.
  const described = new Set(
    headerWords(description.replace(/\([^)]*\)/g, ''))
      .filter((word) => word.length > 2)
      .map((word) => headerConcepts(word)[0] ?? word),
  );
  let shared = 0;
  for (const concept of header) {
    if (named.has(concept)) shared += 1;
    else if (described.has(concept)) shared += 0.5;
  }
  return header.size === 0 ? 0 : shared / header.size;
}

function specFor(shape: Shape, column: string, input: DraftInput): SpecParams | undefined {
  const { rows, conventions, country } = input.context;
  const values = columnValues(rows, column);
  if (values.length === 0) return undefined;
  const sniffed = sniffIdentifierScheme(values);
  switch (shape.kind) {
    case 'reference': {
      // A code of the described scheme is no party's identifier: its values pass no check digit.
      if (shape.scheme !== undefined)
        return sniffed === undefined && mostly(values, (text) => CODE.test(text))
          ? { use: 'identifier', column, scheme: shape.scheme }
          : undefined;
      const named = headerWords(column).find((word) => SCHEMES.has(word));
      const [sniffedCountry, scheme] = sniffed?.split(':') ?? [];
      const chosen = sniffedCountry === country ? scheme : undefined;
      return chosen === undefined || (named !== undefined && named !== chosen)
        ? undefined
        : { use: 'identifier', column, scheme: chosen };
    }
    case 'date':
      return sniffValueKind(values, conventions, column) === 'date' ? { use: 'date', column } : undefined;
    case 'money': {
      // The money transform takes the currency the layout states: the header names it (REGALIA_COP).
      const named = headerWords(column).find((word) => CURRENCIES.has(word));
      const kind = sniffValueKind(values, conventions, column);
      return named !== undefined && sniffed === undefined && (kind === 'number' || kind === 'percentage')
        ? { use: 'money', column, currency: named }
        : undefined;
    }
    case 'number': {
      const kind = sniffValueKind(values, conventions, column);
      if (sniffed !== undefined || (kind !== 'number' && kind !== 'percentage')) return undefined;
      return shape.min === undefined
        ? { use: 'decimal', column }
        : { use: 'decimal', column, min: shape.min };
    }
    case 'text': {
      const kind = sniffValueKind(values, conventions, column);
      return kind === 'text' || kind === 'code' ? { use: 'text', column } : undefined;
    }
    case 'quantity': {
      const kind = sniffValueKind(values, conventions, column);
      if (sniffed !== undefined || (kind !== 'number' && kind !== 'percentage')) return undefined;
      const unitColumn = nearestUnitColumn(column, input);
      const unit = UNIT_CODES.find((code) => headerWords(column).includes(code.toUpperCase()));
      const normalise = shape.normalised ? { normalise: true } : {};
      // A rate's period is the one its header names (G_MES: grams a month), or the column is none.
      const period = shape.period ? periodNamed(column) : undefined;
      if (shape.period && period === undefined) return undefined;
      const rate = period === undefined ? {} : { with: { period } };
      if (unitColumn !== undefined) return { use: 'measure', column, unitColumn, ...normalise, ...rate };
      return unit === undefined ? undefined : { use: 'measure', column, unit, ...normalise, ...rate };
    }
  }
}

// The units agencies write, folded: the unit crosswalk's terms and the standard's own codes.
let unitTerms: ReadonlySet<string> | undefined;

function isUnitTerm(text: string): boolean {
  unitTerms ??= new Set([
    ...UNIT_CODES.map(foldForComparison),
    ...listCrosswalks()
      .filter((crosswalk) => crosswalk.vocabulary === 'unit')
      .flatMap((crosswalk) => crosswalk.terms.map((entry) => foldForComparison(entry.term))),
  ]);
  return unitTerms.has(foldForComparison(text));
}

/**
 * The column, nearest the number column, whose values are units (a file giving each row's unit
 * beside its quantity): a few unknown units are the file's own to add to the crosswalk.
 */
export function nearestUnitColumn(column: string, input: DraftInput): string | undefined {
  const at = input.header.indexOf(column);
  return input.header
    .map((candidate, index) => ({ candidate, distance: Math.abs(index - at) }))
    .filter(({ candidate }) => {
      const values = columnValues(input.context.rows, candidate);
      return candidate !== column && values.length > 0 && mostly(values, isUnitTerm);
    })
    .sort((a, b) => a.distance - b.distance)[0]?.candidate;
}

function mostly(values: readonly string[], test: (text: string) => boolean): boolean {
  return tolerable(values.filter((text) => !test(text)).length, values.length);
}
