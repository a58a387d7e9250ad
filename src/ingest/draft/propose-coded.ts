import { RECORD_SCHEMAS, vocabularyValues, type RecordTypeName } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import type { Precedent, SpecParams } from './precedents.js';
import { codedColumns, type CodedColumn } from './coded-columns.js';
import { roleLookup } from './class-roles.js';
import { withActorKind } from './actor-kinds.js';
import { headerSimilarity } from './column-names.js';
import { tariffLookup } from './metal-tariff.js';
import type { DraftField, DraftInput } from './propose-fields.js';
import { tryField, usable } from './try-field.js';

/** A property of a record type holding codes of one list: a coded term, a code, or a list of codes. */
export interface CodedTarget {
  property: string;
  shape: 'coded' | 'code' | 'codes';
  values: readonly unknown[];
}

interface Proposal {
  field: DraftField;
  coded: CodedColumn;
  name: number;
  /** The crosswalk's own code list, not one derived from it. */
  direct: boolean;
}

export interface CodedOptions {
  /** Columns the whole file showed coded (a row kind's column), trusted on fewer rows. */
  shown?: readonly CodedColumn[];
  /** The columns that may fill the record (another party's are not this one's); all by default. */
  columns?: readonly string[];
  /** Properties left to another record (the primary's status, not its party's). */
  leave?: ReadonlySet<string>;
  /** The known layouts' records, whose fields that read a type from a column lend their settings. */
  precedents?: readonly Precedent[];
}

/**
 * The record's fields with those a column's values tell: a column whose sample values are mostly
 * terms of a standard crosswalk fills the property that crosswalk's code list is the codes of,
 * whatever the column is called. A property already read from a column by name is left alone, a
 * guessed constant gives way, and a fixed interest type gives way to a column of interest types.
 */
export function withCodedFields(
  type: RecordTypeName,
  input: DraftInput,
  fields: readonly DraftField[],
  { shown = [], columns = input.header, leave = new Set(), precedents = [] }: CodedOptions = {},
): DraftField[] {
  const read = new Set(
    fields.filter((field) => field.spec.use !== 'const').map((field) => propertyOf(field.path)),
  );
  // Columns the whole file showed coded (a row kind's column) are so on its rows too, one term or not.
  const coded = [
    ...shown,
    ...columns
      .filter((column) => !shown.some((known) => known.column === column))
      .flatMap((column) => codedColumns(column, input.context.rows)),
  ];
  const best = new Map<string, Proposal>();
  for (const target of codedTargets(type)) {
    if (read.has(target.property) || leave.has(target.property)) continue;
    for (const column of coded) {
      const proposal = propose(type, target, column, input, shown.includes(column));
      const known = best.get(target.property);
      if (proposal && (!known || better(proposal, known))) best.set(target.property, proposal);
    }
  }
  const proposed = [...best.values()].map((proposal) => proposal.field);
  const tariff = read.has(TARIFF) ? undefined : tariffField(type, coded, input);
  if (tariff) proposed.push(tariff);
  const kept = fields.filter((field) => !best.has(propertyOf(field.path)));
  const typed = [...kept, ...proposed].map((field) => withTypeColumn(type, field, coded, input, precedents));
  return withActorKind(type, typed, coded, input);
}

function propose(
  type: RecordTypeName,
  target: CodedTarget,
  coded: CodedColumn,
  input: DraftInput,
  sure: boolean,
): Proposal | undefined {
  const direct = sameValues(vocabularyValues(coded.crosswalk.vocabulary) ?? [], target.values);
  // A party's roles follow from the class a register enters it in.
  const roles =
    !direct && target.shape === 'codes' && coded.separator === undefined
      ? sameValues(vocabularyValues('partyRole') ?? [], target.values) &&
        roleLookup(coded.crosswalk, coded.column)
      : undefined;
  if (!direct && !roles) return undefined;
  const name = Math.max(
    headerSimilarity(target.property, coded.column),
    headerSimilarity(coded.crosswalk.vocabulary, coded.column),
  );
  // One term over all rows may be chance (a status column all ACTIVE read as a yes-no); the column's
  // name must then say it too.
  if (coded.codes.size < 2 && name === 0 && !sure) return undefined;
  const built = roles ? { path: `${target.property}[]`, spec: roles } : specFor(target, coded);
  if (!built) return undefined;
  const trial = tryField(built.spec, input.context, { type, path: built.path });
  if (!trial || !usable(trial)) return undefined;
  return {
    coded,
    name,
    direct,
    field: {
      path: built.path,
      spec: built.spec,
      from: [],
      doubt: `${coded.column} is read as ${target.property} because ${Math.round(coded.share * 100)}% of its sample values are terms of the ${coded.crosswalk.id} crosswalk`,
    },
  };
}

/** The record type's property for a traded good's Harmonized System code. */
const TARIFF = 'hsCode';

// A record that needs a tariff code, in a file that names the metal traded instead.
function tariffField(
  type: RecordTypeName,
  coded: readonly CodedColumn[],
  input: DraftInput,
): DraftField | undefined {
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  if (properties[TARIFF] === undefined) return undefined;
  for (const column of coded) {
    if (column.crosswalk.vocabulary !== 'metal' || column.separator !== undefined) continue;
    const spec = tariffLookup(column.crosswalk, column.column);
    const trial = spec && tryField(spec, input.context, { type, path: TARIFF });
    if (spec && trial && usable(trial))
      return {
        path: TARIFF,
        spec,
        from: [],
        doubt: `the tariff code is the usual export form of the metal ${column.column} names; check it`,
      };
  }
  return undefined;
}

function specFor(target: CodedTarget, coded: CodedColumn): { path: string; spec: FieldSpec } | undefined {
  const { column, separator } = coded;
  if (separator !== undefined) {
    const split: SpecParams = { use: 'split', column, separator, crosswalk: true };
    return target.shape === 'codes' ? { path: target.property, spec: split } : undefined;
  }
  if (target.shape === 'coded') return { path: target.property, spec: { use: 'crosswalk', column } };
  const spec = { use: 'crosswalk', column, output: 'code' };
  return { path: target.shape === 'codes' ? `${target.property}[]` : target.property, spec };
}

// More of the values terms first, then more distinct terms, then the closer name.
function better(a: Proposal, b: Proposal): boolean {
  return (a.coded.share - b.coded.share || a.coded.codes.size - b.coded.codes.size || a.name - b.name) > 0;
}

/** The properties of a record type whose values are codes of one list, as the schema has them. */
export function codedTargets(type: RecordTypeName): CodedTarget[] {
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  return Object.entries(properties).flatMap(([property, schema]): CodedTarget[] => {
    const code = enumOf(propertyIn(schema, 'code'));
    if (code && propertyIn(schema, 'national') !== undefined)
      return [{ property, shape: 'coded', values: code }];
    const plain = enumOf(schema);
    if (plain) return [{ property, shape: 'code', values: plain }];
    const items = enumOf(isObject(schema) ? schema.items : undefined);
    return items ? [{ property, shape: 'codes', values: items }] : [];
  });
}

/**
 * An interest field that fixes one type for every row, when a column of the file gives each row's
 * type in the interest-type crosswalk's terms (a beneficial owner by ownership, another by control).
 */
function withTypeColumn(
  type: RecordTypeName,
  field: DraftField,
  coded: readonly CodedColumn[],
  input: DraftInput,
  precedents: readonly Precedent[],
): DraftField {
  const params: SpecParams = field.spec;
  if (params.use !== 'interest' || params.typeColumn !== undefined) return field;
  const types = enumOf(propertyIn(itemsOf(type, propertyOf(field.path)), 'type'));
  const column =
    types &&
    coded.find((candidate) => sameValues(vocabularyValues(candidate.crosswalk.vocabulary) ?? [], types));
  if (!column || column.separator !== undefined) return field;
  const spec: SpecParams = {
    ...typedSettings(field.path, precedents, params),
    ...params,
    typeColumn: column.column,
  };
  delete spec.type;
  const trial = tryField(spec, input.context, { type, path: field.path });
  if (!trial || !usable(trial)) return field;
  return {
    ...field,
    spec,
    doubt: `the interest type is read from ${column.column}, whose values are terms of the ${column.crosswalk.id} crosswalk`,
  };
}

// What every known layout that reads the same field's type from a column also says, and the spec
// does not (their interests are all beneficial owners', as a register of kinds of interest is).
function typedSettings(path: string, precedents: readonly Precedent[], params: SpecParams): SpecParams {
  const typed: SpecParams[] = precedents.flatMap((precedent) => {
    const spec: SpecParams | undefined = precedent.mapping.fields[path];
    return spec?.use === params.use && spec.typeColumn !== undefined ? [spec] : [];
  });
  const [first, ...others] = typed;
  if (!first) return { use: params.use };
  const shared = Object.entries(first).filter(
    ([key, value]) =>
      key !== 'type' &&
      !key.endsWith('Column') &&
      !(key in params) &&
      others.every((other) => JSON.stringify(other[key]) === JSON.stringify(value)),
  );
  return { use: params.use, ...Object.fromEntries(shared) };
}

function itemsOf(type: RecordTypeName, property: string): unknown {
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  const schema = properties[property];
  return isObject(schema) ? schema.items : undefined;
}

function propertyOf(path: string): string {
  return path.split(/[.[]/)[0] ?? path;
}

function propertyIn(schema: unknown, name: string): unknown {
  if (!isObject(schema) || !isObject(schema.properties)) return undefined;
  return schema.properties[name];
}

function enumOf(schema: unknown): readonly unknown[] | undefined {
  return isObject(schema) && Array.isArray(schema.enum) ? schema.enum : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  const set = new Set(a);
  return a.length > 0 && set.size === new Set(b).size && b.every((value) => set.has(value));
}
