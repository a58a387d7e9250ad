import type { TSchema, Static } from 'typebox';
import { timeZoneOf, type DecimalMark, type NumberOptions, type QualityFlag } from '@veta/standard';
import type { Profile } from '../profiles/profile.js';
import type { ColumnMap, RawRow, RowProblem } from '../readers/raw-row.js';
import type { ReadLimits } from '../readers/read-limits.js';

/** What mapping a row depends on besides the row and its profile: plain data, so it crosses to a worker. */
export interface RowContext {
  /** yyyy-mm-dd; dates after it are flagged. */
  today: string;
  /** The file's name, for a failure that ends the whole file. */
  file: string;
  /** The bounds a value may not pass (the vertices of a geometry). */
  limits: ReadLimits;
  /** The file's own name of each column the profile reads, when the header names it otherwise. */
  columns?: ColumnMap;
  /** Each file column's decimal mark, decided from its first rows (number-evidence.ts). */
  numberMarks?: Readonly<Record<string, NumberOptions>>;
}

/** What a transform sees: the row, the profile's reading conventions, today's date and the bounds. */
export interface TransformInput {
  row: RawRow;
  layout: string;
  country: string | undefined;
  /** The layout's decimal mark, when it declares one: the prior for a column whose values show none. */
  declaredDecimalMark: DecimalMark | undefined;
  dateFormats: readonly string[];
  /** Where a timestamp that names no zone is read: the layout's country's zone. */
  timeZone: string;
  /** yyyy-mm-dd; dates after it are flagged. */
  today: string;
  file: string;
  limits: ReadLimits;
  columns: ColumnMap;
  numberMarks: Readonly<Record<string, NumberOptions>>;
  /** The standard crosswalk the profile names for a coded column, by column. */
  crosswalks: Readonly<Record<string, string>>;
}

/** What of a profile its transforms depend on: a drafted layout has no more than that yet. */
export type LayoutConventions = Pick<Profile, 'id' | 'country' | 'crosswalks'> & {
  format: Pick<Profile['format'], 'decimalMark' | 'thousandsMark' | 'dateFormats'>;
};

/** What the transforms of a profile see of one row of a file. */
export function rowInput(profile: LayoutConventions, row: RawRow, context: RowContext): TransformInput {
  return {
    row,
    layout: profile.id,
    country: profile.country,
    declaredDecimalMark: declaredDecimalMark(profile),
    dateFormats: profile.format.dateFormats ?? ['yyyy-mm-dd'],
    timeZone: timeZoneOf(profile.country),
    today: context.today,
    file: context.file,
    limits: context.limits,
    columns: context.columns ?? {},
    numberMarks: context.numberMarks ?? {},
    crosswalks: profile.crosswalks ?? {},
  };
}

/** The decimal mark a layout declares, itself or as the other of its thousands mark. */
export function declaredDecimalMark(profile: Pick<LayoutConventions, 'format'>): DecimalMark | undefined {
  const { decimalMark, thousandsMark } = profile.format;
  if (decimalMark !== undefined) return decimalMark;
  return thousandsMark === '.' ? ',' : thousandsMark === ',' ? '.' : undefined;
}

/** A transform's outcome: a value (undefined when the source is empty) with flags, or a problem. */
export type TransformResult =
  | { ok: true; value: unknown; flags?: readonly QualityFlag[] }
  | { ok: false; problem: Omit<RowProblem, 'column'> & { column?: string } };

/** A named transform with the parameters a profile gives it, checked when the profile loads. */
export interface TransformDefinition<Params extends TSchema> {
  name: string;
  summary: string;
  params: Params;
  run(params: Static<Params>, input: TransformInput): TransformResult;
}

/** The value of a column (under the file's own name for it), trimmed; '' when empty or absent. */
export function cell(input: TransformInput, column: string | undefined): string {
  if (column === undefined) return '';
  return (input.row.values[fileColumn(input, column)] ?? '').trim();
}

/** The file's name of a column the profile reads. */
export function fileColumn(input: Pick<TransformInput, 'columns'>, column: string): string {
  return input.columns[column] ?? column;
}

/** A successful result. */
export function value(result: unknown, flags?: readonly QualityFlag[]): TransformResult {
  return flags && flags.length > 0 ? { ok: true, value: result, flags } : { ok: true, value: result };
}

/** No value: the source cell is empty. */
export const EMPTY: TransformResult = { ok: true, value: undefined };

/**
 * A failed result that rejects the row. `column` names the source column at fault when the
 * transform reads several (an interest's share column, say) and it is not the field's own.
 */
export function problem(code: string, message: string, column?: string): TransformResult {
  return { ok: false, problem: column === undefined ? { code, message } : { code, message, column } };
}

/** The trimmed, non-empty elements of a list written in one cell ('ORO, PLATA'). */
export function listItems(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The input with the column `$item` set to one element of a list, as `each` and list transforms read it. */
export function withItem(input: TransformInput, item: string): TransformInput {
  return { ...input, row: { ...input.row, values: { ...input.row.values, $item: item } } };
}
