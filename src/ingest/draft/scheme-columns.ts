import { IDENTIFIER_SCHEMES } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import { codedColumns } from './coded-columns.js';
import { headerConcepts, headerWords } from './column-names.js';
import type { SpecParams } from './precedents.js';

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
      codedColumns(other, rows).some(
        (coded) => coded.crosswalk.vocabulary === 'identifierScheme' && coded.separator === undefined,
      ) &&
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
