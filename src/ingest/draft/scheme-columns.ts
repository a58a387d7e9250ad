import type { RawRow } from '../readers/raw-row.js';
import { codedColumns } from './coded-columns.js';
import { headerSimilarity } from './column-names.js';
import { columnValues } from './sniff-values.js';

// The standard crosswalk of the names of identity documents (DNI, CE, PASAPORTE, CÉDULA).
const SCHEME_CROSSWALK = 'identifier-scheme';
// A document number: digits, perhaps with letters (a passport) and the dashes or dots it is written with.
const DOCUMENT_NUMBER = /^[A-Z0-9.-]*\d{5,}[A-Z0-9.-]*$/i;

/** Whether a column's values are the names of identity documents: the type of each row's document. */
export function isSchemeColumn(column: string, rows: readonly RawRow[]): boolean {
  return codedColumns(column, rows).some(
    (coded) => coded.crosswalk.id === SCHEME_CROSSWALK && coded.separator === undefined,
  );
}

/**
 * The column of document numbers whose type a scheme column gives: agencies write the document's
 * type and number side by side under headers alike but for TIPO and NUMERO (TIPO_DOC_VENDEDOR,
 * NUM_DOC_VENDEDOR), so it is the most alike column, not itself of document types, whose values
 * are document numbers. Undefined when no column shares a meaning with the scheme column's header.
 */
export function numberColumnOf(
  schemeColumn: string,
  header: readonly string[],
  rows: readonly RawRow[],
): string | undefined {
  let best: { column: string; score: number } | undefined;
  for (const candidate of header) {
    if (candidate === schemeColumn) continue;
    const score = headerSimilarity(schemeColumn, candidate);
    if (score <= (best?.score ?? 0) || !holdsNumbers(candidate, rows) || isSchemeColumn(candidate, rows))
      continue;
    best = { column: candidate, score };
  }
  return best?.column;
}

function holdsNumbers(column: string, rows: readonly RawRow[]): boolean {
  const values = columnValues(rows, column);
  return values.length > 0 && values.every((value) => DOCUMENT_NUMBER.test(value));
}
