import { isRecordTypeName, RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
import { fieldColumns } from '../mapping/field-columns.js';
import { optionalTemplateColumns, renameTemplateColumns } from '../mapping/terms.js';
import type { FieldSpec, Profile, RecordMapping } from '../profiles/profile.js';

/** A record mapping of a known layout, which a new layout's draft may follow. */
export interface Precedent {
  layout: string;
  country: string | undefined;
  /** The layout's first record mapping: the record each of its rows is about. */
  primary: boolean;
  mapping: RecordMapping;
}

/** Every record mapping of the known profiles: what the drafter learns from. */
export function precedentsOf(profiles: readonly Profile[]): Precedent[] {
  return profiles.flatMap((profile) =>
    profile.records.map((mapping, index) => ({
      layout: profile.id,
      country: profile.country,
      primary: index === 0,
      mapping,
    })),
  );
}

/** A field spec with its transform's parameters, which the profile schema leaves open. */
export type SpecParams = FieldSpec & Record<string, unknown>;

/** The source columns a field spec reads, as mapping reads them, $item (a list's element) aside. */
export function specColumns(spec: FieldSpec): string[] {
  return fieldColumns(spec).filter((column) => !column.startsWith('$'));
}

/** The columns a template may find empty: {COLUMN?}. */
export function optionalColumns(spec: FieldSpec): string[] {
  const { template }: SpecParams = spec;
  return typeof template === 'string' ? optionalTemplateColumns(template) : [];
}

/**
 * The spec with each column it reads replaced by `resolve`'s choice; undefined when its main
 * column or a template's has no counterpart in the new file, as the field cannot be computed
 * then. A further column without one (a start date beside a share) is left out: the transform's
 * parameter check, when the spec is tried, says whether it could do without.
 */
export function remapSpec(
  spec: FieldSpec,
  resolve: (column: string) => string | undefined,
): FieldSpec | undefined {
  const missing: string[] = [];
  const map = (column: string): string => {
    if (column.startsWith('$')) return column;
    const found = resolve(column);
    if (found === undefined) missing.push(column);
    return found ?? column;
  };
  const entries = Object.entries<unknown>(spec).flatMap(([key, value]): [string, unknown][] => {
    if (key === 'column' && typeof value === 'string') return [[key, map(value)]];
    if (key.endsWith('Column') && typeof value === 'string') {
      const found = value.startsWith('$') ? value : resolve(value);
      return found === undefined ? [] : [[key, found]];
    }
    if (key === 'columns' && typeof value === 'object' && value !== null)
      return [[key, Object.fromEntries(Object.entries(value).map(([column, part]) => [map(column), part]))]];
    if ((key === 'template' || key === 'otherwise') && typeof value === 'string')
      return [[key, renameTemplateColumns(value, map)]];
    return [[key, value]];
  });
  // Built from the kept entries: a column parameter without a counterpart is left out.
  const result: SpecParams = { use: spec.use, ...Object.fromEntries(entries) };
  return missing.length === 0 ? result : undefined;
}

/** The record property a field path writes: `price` for `price.amount`, `identifiers` for `identifiers[]`. */
export function topOf(path: string): string {
  return path.split('.')[0]?.replace('[]', '') ?? '';
}

/**
 * Whether a precedent's field may fill the same path of a record of `type`: always for its own
 * type; for another type only when the standard defines that property alike in both (a purchase's
 * fineness and a declaration's are one thing, a party's kind and a purchase's are not).
 */
export function fitsType(precedent: Precedent, type: RecordTypeName, path: string): boolean {
  const own = precedent.mapping.type;
  if (own === type) return true;
  const top = topOf(path);
  if (!isRecordTypeName(own)) return false;
  const theirs = propertySchema(own, top);
  return (
    theirs !== undefined &&
    JSON.stringify(theirs, withoutProse) === JSON.stringify(propertySchema(type, top), withoutProse)
  );
}

// Two properties are alike when their schemas are, whatever their descriptions say.
function withoutProse(key: string, value: unknown): unknown {
  return key === 'description' || key === 'title' ? undefined : value;
}

function propertySchema(type: RecordTypeName, property: string): unknown {
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  return properties[property];
}
