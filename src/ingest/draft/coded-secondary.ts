import { isRecordTypeName, RECORD_SCHEMAS } from '@veta/standard';
import { headerConcepts } from './column-names.js';
import { specColumns } from './precedents.js';
import { withCodedFields } from './propose-coded.js';
import type { DraftInput } from './propose-fields.js';
import type { DraftRecord } from './propose-records.js';

// Header words (concepts of the standard's column words) that say which party of a row a column is
// about: the seller's category is not the buyer's.
const PARTY_CONCEPTS: ReadonlySet<string> = new Set([
  'buyer',
  'seller',
  'exporter',
  'holder',
  'operator',
  'representative',
  'intermediary',
]);

/**
 * The other records of a row (a seller, a registered party) with the fields their coded columns
 * tell (a party's roles from its register class). A property the primary record has too is the
 * primary's to fill, and a column named for a party other than the one the record's key names is
 * that party's.
 */
export function withCodedSecondary(
  secondary: readonly DraftRecord[],
  primary: DraftRecord,
  input: DraftInput,
): DraftRecord[] {
  const primaryProperties = isRecordTypeName(primary.type)
    ? Object.keys(RECORD_SCHEMAS[primary.type].properties)
    : [];
  return secondary.map((record) => {
    if (!isRecordTypeName(record.type)) return record;
    const keyParties = new Set(specColumns(record.id.spec).flatMap(headerConcepts));
    const columns = input.header.filter((column) =>
      headerConcepts(column).every((concept) => !PARTY_CONCEPTS.has(concept) || keyParties.has(concept)),
    );
    const fields = withCodedFields(record.type, input, record.fields, {
      columns,
      leave: new Set(primaryProperties),
    });
    return { ...record, fields };
  });
}
