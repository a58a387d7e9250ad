import { IDENTIFIER_SCHEMES } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import { codedColumns } from './coded-columns.js';
import { headerConcepts, headerSimilarity, headerWords } from './column-names.js';
import type { SpecParams } from './precedents.js';
import { columnValues } from './sniff-values.js';

// The standard crosswalk of the names of identity documents (DNI, CE, PASAPORTE, CÉDULA).
export const SCHEME_CROSSWALK = 'identifier-scheme';
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

const SCHEMES: ReadonlySet<string> = new Set(IDENTIFIER_SCHEMES);
// Transforms that read an identifier with its scheme.
const SCHEMED: ReadonlySet<string> = new Set(['identifier', 'party-kind']);
// Header concepts that say a column is about a document, not whose document it is.
const DOCUMENT_CONCEPTS: ReadonlySet<string> = new Set(['type', 'document', 'code', 'tax-id', 'person-id']);

/**
 * A spec that fixes the scheme of a document column, read instead with the scheme a column beside
 * it names row by row: agencies that take several documents write each row's type next to its
 * number (TIPO_DOC_VENDEDOR: NIT or CC beside DOC_VENDEDOR). The type column is the one whose values
 * are terms of the identifier-scheme crosswalk, given on every row the number is, about the same
 * party as the number (its header's other words the same). A header naming one scheme (NIT) is
 * believed, as fitScheme does.
 */
export function withSchemeColumn(
  spec: FieldSpec,
  column: string,
  header: readonly string[],
  rows: readonly RawRow[],
): FieldSpec {
  const params: SpecParams = spec;
  if (!SCHEMED.has(spec.use) || params.schemeColumn !== undefined) return spec;
  if (params.scheme === undefined && params.schemeByLength === undefined) return spec;
  if (headerWords(column).some((word) => SCHEMES.has(word))) return spec;
  const party = partyOf(column);
  const typed = header.find(
    (other) =>
      other !== column &&
      partyOf(other) === party &&
      isSchemeColumn(other, rows) &&
      rows.every(
        (row) => (row.values[column] ?? '').trim() === '' || (row.values[other] ?? '').trim() !== '',
      ),
  );
  if (typed === undefined) return spec;
  const fitted: SpecParams = { ...params, schemeColumn: typed };
  delete fitted.scheme;
  delete fitted.schemeByLength;
  return fitted;
}

// Whose document a header is about: its concepts but those of a document's kind and number.
function partyOf(header: string): string {
  return headerConcepts(header)
    .filter((concept) => !DOCUMENT_CONCEPTS.has(concept))
    .sort()
    .join(' ');
}
