import type { TSchema, Static } from 'typebox';
import type { QualityFlag } from '@veta/standard';
import type { RawRow, RowProblem } from '../readers/raw-row.js';
import type { ReadLimits } from '../readers/read-limits.js';

/** What mapping a row depends on besides the row and its profile: plain data, so it crosses to a worker. */
export interface RowContext {
  /** yyyy-mm-dd; dates after it are flagged. */
  today: string;
  /** The file's name, for a failure that ends the whole file. */
  file: string;
  /** The bounds a value may not pass (the vertices of a geometry). */
  limits: ReadLimits;
}

/** What a transform sees: the row, the profile's reading conventions, today's date and the bounds. */
export interface TransformInput {
  row: RawRow;
  layout: string;
  country: string | undefined;
  decimalMark: '.' | ',';
  thousandsMark: '.' | ',' | '';
  dateFormats: readonly string[];
  /** yyyy-mm-dd; dates after it are flagged. */
  today: string;
  file: string;
  limits: ReadLimits;
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

/** The value of a column, trimmed; '' when the column is empty or absent. */
export function cell(input: TransformInput, column: string | undefined): string {
  if (column === undefined) return '';
  return (input.row.values[column] ?? '').trim();
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
