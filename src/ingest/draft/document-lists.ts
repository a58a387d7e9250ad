import type { DraftRecord } from './draft-record.js';
import { makesRecords } from './follow-record.js';
import { specColumns, type SpecParams } from './precedents.js';
import type { DraftField, DraftInput } from './propose-fields.js';
import { cleanShare, tryField, usable } from './try-field.js';

/** What agencies put between the parties they list in one cell. */
const SEPARATORS = ['|', ';', '/'];
/** A column is a list of parties when its values all read as one, this share with no flag (a check digit may be off). */
const CLEAN_LISTS = 0.5;

/**
 * A Party for each party a column lists in one cell, written 'NIT 900123456-7 NAME | CC 12345678
 * NAME' (a title's holders): a column whose every value reads as such a list, whatever its name,
 * makes them. The values say it, not the header: layouts name such columns each their own way.
 * `constants` are what the layouts of the row's record type all set on the parties beside it.
 */
export function documentListRecords(
  input: DraftInput,
  read: ReadonlySet<string>,
  constants: readonly DraftField[],
): DraftRecord[] {
  const rows = input.context.rows;
  return input.header.flatMap((column) => {
    if (read.has(column)) return [];
    // The separator the values hold; any when none holds one (each row lists a single party).
    const found = SEPARATORS.find((separator) =>
      rows.some((row) => (row.values[column] ?? '').includes(separator)),
    );
    const separator = found ?? SEPARATORS[0] ?? '|';
    const list: SpecParams = { use: 'document-list', column, separator };
    const trial = tryField(list, input.context);
    if (!trial || !usable(trial) || trial.failed > 0 || cleanShare(trial) < CLEAN_LISTS) return [];
    const part = (path: string, which: string, required?: boolean): DraftField => ({
      path,
      spec: document(which, required),
      from: [],
      doubt: `read from the parties ${column} lists, as no known layout reads a list alike`,
    });
    const record: DraftRecord = {
      type: 'Party',
      id: part('id', 'id'),
      each: { column, separator },
      fields: [part('kind', 'kind'), part('name', 'name', true), part('identifiers[]', 'id'), ...constants],
    };
    return makesRecords(record, input) ? [record] : [];
  });
}

function document(part: string, required?: boolean): SpecParams {
  return { use: 'document', column: '$item', part, ...(required ? { required } : {}) };
}

/**
 * The primary's references to the parties a column lists in one cell read the whole list: a
 * reference list (a title's holders[]) read as one identifier from such a column would take the
 * first document's digits with the wrong scheme, where the parties made from the list each have
 * their own. The parties' records (documentListRecords) are the evidence the column is a list.
 */
export function withListedReferences(primary: DraftRecord, others: readonly DraftRecord[]): DraftRecord {
  const lists = new Map<string, string>();
  for (const record of others)
    if (record.each && record.id.spec.use === 'document')
      lists.set(record.each.column, record.each.separator);
  const fields = primary.fields.map((field) => {
    const [column] = specColumns(field.spec);
    const separator = column === undefined ? undefined : lists.get(column);
    if (!field.path.endsWith('[]') || field.spec.use !== 'identifier' || separator === undefined)
      return field;
    const required = field.spec.required === true ? { required: true } : {};
    return {
      ...field,
      path: field.path.slice(0, -2),
      spec: { use: 'document-list', column, separator, ...required },
      doubt: `${column} lists parties in one cell, each with its own document`,
    };
  });
  return { ...primary, fields };
}
