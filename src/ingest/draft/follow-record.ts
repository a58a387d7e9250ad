import type { FieldSpec } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import { adaptSpec } from './adapt-spec.js';
import { bestColumn, headerSimilarity, headerWords } from './column-names.js';
import { columnValues, sniffIdentifierScheme } from './sniff-values.js';
import { mappingOf, type DraftRecord } from './draft-record.js';
import {
  matchKeyColumns,
  namedParties,
  partyConcepts,
  recordKeyColumns,
  type KeyMatch,
} from './key-columns.js';
import { isSchemeColumn, numberColumnOf } from './scheme-columns.js';
import { remapSpec, specColumns, type Precedent, type SpecParams } from './precedents.js';
import { MIN_NAME_MATCH, type DraftField, type DraftInput } from './propose-fields.js';
import { tolerable, tryField, usable } from './try-field.js';

/** A secondary record (a seller, a holder) is followed only when its key columns are this alike. */
const SECONDARY_MATCH = MIN_NAME_MATCH;
/** The ways of reading a record's key columns tried, most alike first, before giving it up. */
const MAX_KEY_MATCHES = 8;

/**
 * A precedent's record as the new file can make it; one that misses a required field (a name
 * assembled from columns the file lacks) is not complete, and lends its other fields only.
 */
export interface Followed {
  record: DraftRecord;
  likeness: number;
  /** The required fields it could not follow. */
  missing: string[];
  /**
   * Whether the file names the party the record is about (a representative, a seller): one that
   * does not may lend its fields to a record of the same key (a person's name read in parts), but
   * makes none of its own, as the file may have no such party.
   */
  namesParty: boolean;
  /** By field path, how alike the columns it reads are to the precedent's (0 for a constant). */
  alike: Record<string, number>;
}

/**
 * The precedent's other record (a purchase's seller, a company's representative) read from the
 * new file: its key columns each from a distinct column of the file, the most alike way that
 * makes its key; its fields tried on the rows it is made for.
 */
export function followRecord(
  precedent: Precedent,
  precedents: readonly Precedent[],
  input: DraftInput,
): Followed | undefined {
  const party = partyOf(precedent, precedents);
  const known = new Set(precedents.flatMap((other) => [...partyOf(other, precedents)]));
  const keyColumns = recordKeyColumns(precedent.mapping);
  const matches = matchKeyColumns(keyColumns, input.header, party, known, SECONDARY_MATCH);
  for (const match of matches.slice(0, MAX_KEY_MATCHES)) {
    const followed = followWith(precedent, input, match, known);
    if (followed) return followed;
  }
  return undefined;
}

/** The words naming the party a precedent's record is about; none for a layout's own record. */
function partyOf(precedent: Precedent, precedents: readonly Precedent[]): Set<string> {
  if (precedent.primary) return new Set();
  const primary = precedents.find((other) => other.primary && other.layout === precedent.layout);
  return partyConcepts(precedent.mapping, primary ? specColumns(primary.mapping.id) : []);
}

function followWith(
  precedent: Precedent,
  input: DraftInput,
  match: KeyMatch,
  known: ReadonlySet<string>,
): Followed | undefined {
  const { mapping } = precedent;
  const taken = new Set(match.columns.values());
  // A further column (a check digit, a scheme, a name) is the file's most alike one not read by
  // the key, and not another party's: a buyer's name is no seller's.
  const parties = new Set([...taken].flatMap((column) => namedParties(column, known)));
  const others = input.header.filter(
    (found) => !taken.has(found) && namedParties(found, known).every((concept) => parties.has(concept)),
  );
  const resolveColumn = (column: string): string | undefined =>
    column.startsWith('$')
      ? column
      : (match.columns.get(column) ?? bestColumn(column, others, SECONDARY_MATCH));
  // A column of document types (DNI, CE) is no document's number: a precedent's number column that
  // comes to rest on one is read from the numbers beside it, each of the type the row gives.
  const typed = schemeColumnsOf(mapping);
  const schemeColumns = new Map<string, string>();
  const resolve = (column: string): string | undefined => {
    const found = resolveColumn(column);
    if (found === undefined || found.startsWith('$') || typed.has(column)) return found;
    if (!isSchemeColumn(found, input.context.rows)) return found;
    const number = numberColumnOf(found, input.header, input.context.rows);
    if (number === undefined) return found;
    schemeColumns.set(number, found);
    return number;
  };
  const when = mapping.when?.map((condition) => {
    const [column = '', value] = condition.split('=', 2);
    const found = resolve(column) ?? column;
    return value === undefined ? found : `${found}=${value}`;
  });
  const each = mapping.each && { ...mapping.each, column: resolve(mapping.each.column) ?? '' };
  // The record's fields are tried on the rows it is made for: a representative's name is required
  // of the rows that have a representative, not of every company's.
  const rows = input.context.rows.filter(
    (row) => holds(row, when ?? []) && (!each || (row.values[each.column] ?? '').trim() !== ''),
  );
  const scoped: DraftInput = { ...input, context: { ...input.context, rows } };
  const id = followField('id', mapping.id, precedent, scoped, resolve, schemeColumns)?.field;
  if (!id) return undefined;
  const fields: DraftField[] = [];
  const missing: string[] = [];
  const alike: Record<string, number> = {};
  for (const [path, spec] of Object.entries(mapping.fields)) {
    const followed = followField(path, spec, precedent, scoped, resolve, schemeColumns);
    if (followed) {
      fields.push(followed.field);
      alike[path] = followed.alike;
    } else if (spec.required === true) missing.push(path);
  }
  const record: DraftRecord = {
    type: mapping.type,
    id,
    ...(when ? { when } : {}),
    ...(each ? { each } : {}),
    fields,
  };
  const followed = { record, likeness: match.likeness, missing, namesParty: match.namesParty, alike };
  return missing.length > 0 || makesRecords(record, input) ? followed : undefined;
}

/** Whether the record's fields, each reading its columns, together make records of the sample's rows. */
export function makesRecords(record: DraftRecord, input: DraftInput): boolean {
  const run = input.tryRecord(mappingOf(record));
  return run.records > 0 && tolerable(run.failed, input.context.rows.length);
}

// As a record mapping's `when` holds: COLUMN has a value, COLUMN=VALUE that value, case aside.
function holds(row: RawRow, when: readonly string[]): boolean {
  return when.every((condition) => {
    const [column = '', expected] = condition.split('=', 2);
    const actual = (row.values[column] ?? '').trim();
    return expected === undefined ? actual !== '' : actual.toUpperCase() === expected.trim().toUpperCase();
  });
}

function followField(
  path: string,
  spec: FieldSpec,
  precedent: Precedent,
  input: DraftInput,
  resolve: (column: string) => string | undefined,
  schemeColumns: ReadonlyMap<string, string>,
): { field: DraftField; alike: number } | undefined {
  const local = localised(spec, precedent.country, input.context.country);
  if (!local) return undefined;
  const main = local.column ?? specColumns(local)[0];
  // A spec that reads no column (a constant, an interest of a set type) is the precedent's as is.
  if (main === undefined) {
    const trial = local.use === 'const' ? undefined : tryField(local, input.context);
    if (trial && trial.tried > 0 && !usable(trial)) return undefined;
    return { field: { path, spec: local, from: [precedent.layout], doubt: undefined }, alike: 0 };
  }
  const column = resolve(main);
  const read = column === undefined ? undefined : remapSpec(local, resolve);
  if (column === undefined || !read) return undefined;
  const remapped = withSchemeColumn(read, schemeColumns.get(column));
  const fitted = fittedSpec(remapped, column, input);
  if (!fitted) return undefined;
  const alike = headerSimilarity(main, column);
  // A template's name is as alike as its columns are on the whole: {NOMBRES} {APELLIDO_PATERNO}.
  const columns = specColumns(local);
  const overall =
    columns.reduce((sum, one) => sum + headerSimilarity(one, resolve(one) ?? ''), 0) / columns.length;
  return {
    field: {
      path,
      spec: fitted,
      from: [precedent.layout],
      doubt:
        alike < 0.9 ? `follows ${precedent.layout}'s ${main}, which ${column} only resembles` : undefined,
    },
    alike: overall,
  };
}

/** The columns a precedent's record reads documents' types from. */
function schemeColumnsOf(mapping: Precedent['mapping']): Set<string> {
  const specs: SpecParams[] = [mapping.id, ...Object.values(mapping.fields)];
  return new Set(
    specs.flatMap(({ schemeColumn }) => (typeof schemeColumn === 'string' ? [schemeColumn] : [])),
  );
}

// An identifier read from numbers whose type a column gives takes its scheme from there, each row's own.
function withSchemeColumn(spec: FieldSpec, schemeColumn: string | undefined): FieldSpec {
  if (schemeColumn === undefined || spec.use !== 'identifier') return spec;
  const { scheme, schemeByLength, ...rest }: SpecParams = spec;
  if (scheme === undefined && schemeByLength === undefined) return spec;
  const fitted: SpecParams = { ...rest, use: spec.use, schemeColumn };
  return fitted;
}

/**
 * The spec fitted to the new file's column, or undefined when it reads its values badly. A scheme
 * read off the values that the transform cannot take (by length, for a party's kind) is left out;
 * the precedent's schemes by length, which are its country's lengths, give way to a scheme the
 * header or the values name, and to none else: another country's lengths say nothing of this one.
 */
function fittedSpec(spec: FieldSpec, column: string, input: DraftInput): FieldSpec | undefined {
  const { schemeByLength, ...rest }: SpecParams = spec;
  const schemes: unknown[] =
    typeof schemeByLength === 'object' && schemeByLength !== null ? Object.values(schemeByLength) : [];
  const last = schemes.at(-1);
  const byOne: SpecParams[] = typeof last === 'string' ? [{ ...rest, use: spec.use, scheme: last }] : [];
  const tries = [
    adaptSpec(spec, column, input.context),
    spec,
    ...byOne.map((one) => adaptSpec(one, column, input.context)).filter((one) => named(one, column, input)),
  ];
  return tries.find((fitted) => {
    const trial = tryField(fitted, input.context);
    return trial && (trial.tried === 0 || usable(trial));
  });
}

// Whether the column's header or values name the spec's scheme (RUC_VENDEDOR, check digits passed).
function named(spec: SpecParams, column: string, input: DraftInput): boolean {
  const { scheme } = spec;
  if (typeof scheme !== 'string') return false;
  const sniffed = sniffIdentifierScheme(columnValues(input.context.rows, column));
  return headerWords(column).includes(scheme) || sniffed === `${input.context.country ?? ''}:${scheme}`;
}

/**
 * The spec with what stands for the precedent's country (a constant, an address's country, a
 * key's prefix) made the new file's; undefined when it stands for a country the file has none of.
 */
export function localised(
  spec: FieldSpec,
  from: string | undefined,
  to: string | undefined,
): FieldSpec | undefined {
  if (from === undefined) return spec;
  const params: SpecParams = { ...spec };
  if (spec.use === 'const' && params.value === from) {
    if (to === undefined) return undefined;
    params.value = to;
  }
  if (params.country === from) {
    if (to === undefined) delete params.country;
    else params.country = to;
  }
  if (typeof params.template === 'string' && params.template.startsWith(`${from}:`) && to !== undefined)
    params.template = `${to}:${params.template.slice(from.length + 1)}`;
  return params;
}
