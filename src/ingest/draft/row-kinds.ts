import { foldForComparison, type RecordTypeName } from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';
import { codedColumns, type CodedColumn } from './coded-columns.js';

/** Rows of a file that are about one record type, told apart from the others by a column's term. */
export interface RowKind {
  type: RecordTypeName;
  /** The record mapping's condition: the column holds this term. */
  when: string[];
  rows: RawRow[];
  coded: CodedColumn;
}

// Goods that cross a border are declared to customs; a purchase or sale within the country is a
// trade between two parties. A form register may hold both, each row saying which it is.
const RECORD_OF_CODE: Readonly<Record<string, Readonly<Record<string, RecordTypeName>>>> = {
  tradeFlow: {
    EXPORT: 'CustomsDeclaration',
    IMPORT: 'CustomsDeclaration',
    RE_EXPORT: 'CustomsDeclaration',
    RE_IMPORT: 'CustomsDeclaration',
    DOMESTIC: 'MineralTransaction',
  },
  transactionKind: { PURCHASE: 'MineralTransaction', SALE: 'MineralTransaction' },
};

/**
 * The file's rows split by a column whose terms say which record type each row is (an export, an
 * internal purchase), when they are of more than one type and `type` is among them; the kinds of
 * `type` come first, as the file's primary record. Rows of no known term are left to no record.
 */
export function rowKinds(
  type: RecordTypeName,
  header: readonly string[],
  rows: readonly RawRow[],
): RowKind[] | undefined {
  for (const column of header) {
    for (const coded of codedColumns(column, rows)) {
      const recordOf = RECORD_OF_CODE[coded.crosswalk.vocabulary];
      if (!recordOf || coded.separator !== undefined) continue;
      const kinds = new Map<string, RowKind>();
      for (const row of rows) {
        const term = (row.values[column] ?? '').trim().toUpperCase();
        const code = coded.codes.get(foldForComparison(term));
        const kindType = code === undefined ? undefined : recordOf[code];
        // A `when` reads COLUMN=TERM: a term with '=' in it cannot be written so.
        if (kindType === undefined || term.includes('=')) continue;
        const kind = kinds.get(term) ?? { type: kindType, when: [`${column}=${term}`], rows: [], coded };
        kind.rows.push(row);
        kinds.set(term, kind);
      }
      const found = [...kinds.values()];
      const types = new Set(found.map((kind) => kind.type));
      if (types.size > 1 && types.has(type))
        return found.sort((a, b) => Number(b.type === type) - Number(a.type === type));
    }
  }
  return undefined;
}
