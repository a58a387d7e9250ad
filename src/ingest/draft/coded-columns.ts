import { foldForComparison, listCrosswalks, type Crosswalk } from '@veta/standard';
import { listItems } from '../mapping/transform.js';
import type { RawRow } from '../readers/raw-row.js';
import { columnValues } from './sniff-values.js';

/** A column's values are a crosswalk's terms when this share of its non-empty sample values are. */
export const MIN_TERM_SHARE = 0.8;
/** In a small sample one stray value is allowed beside this many terms, as a trial allows one bad row. */
const MIN_TERMS_BESIDE_STRAY = 2;

// Separators agencies write lists in one cell with ('ORO, PLATA', 'AU|AG').
const LIST_SEPARATORS = [',', ';', '|', '/'] as const;

/** A column whose values are terms of a standard crosswalk, each cell one term or a list of them. */
export interface CodedColumn {
  column: string;
  crosswalk: Crosswalk;
  /** Set when cells hold lists of terms, split at this. */
  separator: string | undefined;
  /** Share of the non-empty values (or list items) that are terms. */
  share: number;
  /** The distinct terms met, folded, with their codes. */
  codes: ReadonlyMap<string, string>;
}

/**
 * The crosswalks whose terms a column's sample values are: most of them (a stray unknown term is
 * the file's own to fix), whole cells first, else list items when cells are lists of terms.
 */
export function codedColumns(column: string, rows: readonly RawRow[]): CodedColumn[] {
  const values = columnValues(rows, column).filter((value) => value.trim() !== '');
  if (values.length === 0) return [];
  const found: CodedColumn[] = [];
  for (const crosswalk of listCrosswalks()) {
    const whole = termShare(values, crosswalk);
    const wholeTerms = mostlyTerms(whole.share, values.length);
    const list = whole.share < 1 ? listOf(values, crosswalk, wholeTerms ? whole.share : -1) : undefined;
    if (list) found.push({ column, ...list });
    else if (wholeTerms) found.push({ column, crosswalk, separator: undefined, ...whole });
  }
  return found.sort((a, b) => b.share - a.share || b.codes.size - a.codes.size);
}

// Cells read as lists of terms, where more of their items are terms than of the whole cells: a
// cell 'ORO, PLATA' among cells 'ORO' is a list of two terms, not one stray unknown term. When the
// whole cells are not mostly terms, any list that is will do (`above` is then below any share).
function listOf(
  values: readonly string[],
  crosswalk: Crosswalk,
  above: number,
): Omit<CodedColumn, 'column'> | undefined {
  for (const separator of LIST_SEPARATORS) {
    if (!values.some((value) => value.includes(separator))) continue;
    const items = values.flatMap((value) => listItems(value, separator));
    const listed = termShare(items, crosswalk);
    if (listed.share > above && mostlyTerms(listed.share, items.length))
      return { crosswalk, separator, ...listed };
  }
  return undefined;
}

function mostlyTerms(share: number, count: number): boolean {
  const strays = Math.round((1 - share) * count);
  return share >= MIN_TERM_SHARE || (strays === 1 && count - strays >= MIN_TERMS_BESIDE_STRAY);
}

function termShare(
  values: readonly string[],
  crosswalk: Crosswalk,
): { share: number; codes: Map<string, string> } {
  const terms = new Map(crosswalk.terms.map((entry) => [foldForComparison(entry.term), entry.code]));
  const codes = new Map<string, string>();
  let matched = 0;
  for (const value of values) {
    const folded = foldForComparison(value);
    const code = terms.get(folded);
    if (code === undefined) continue;
    matched++;
    codes.set(folded, code);
  }
  return { share: values.length === 0 ? 0 : matched / values.length, codes };
}
