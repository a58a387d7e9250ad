import { isRecordTypeName, RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
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

// Parameters that name a source column: `column`, any `...Column`, and the values of `columns`.
function isColumnKey(key: string): boolean {
  return key === 'column' || key.endsWith('Column');
}

/** The source columns a field spec reads (template placeholders included, $item aside). */
export function specColumns(spec: FieldSpec): string[] {
  const columns: string[] = [];
  const params: Record<string, unknown> = spec;
  for (const [key, value] of Object.entries(params)) {
    if (isColumnKey(key) && typeof value === 'string') columns.push(value);
    if (key === 'columns' && isStringRecord(value)) columns.push(...Object.values(value));
    if (key === 'template' && typeof value === 'string')
      columns.push(...[...value.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''));
  }
  return columns.filter((column) => column !== '' && !column.startsWith('$'));
}

// {COLUMN}, or {COLUMN?} for one that may be empty (a maternal surname).
const PLACEHOLDER = /\{([^}?]+)(\??)\}/g;

/** The columns a template may find empty: {COLUMN?}. */
export function optionalColumns(spec: FieldSpec): string[] {
  const { template }: SpecParams = spec;
  return typeof template === 'string'
    ? [...template.matchAll(PLACEHOLDER)].filter((match) => match[2] === '?').map((match) => match[1] ?? '')
    : [];
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
  const params: Record<string, unknown> = spec;
  const entries = Object.entries(params).flatMap(([key, value]): [string, unknown][] => {
    if (key !== 'column' && isColumnKey(key) && typeof value === 'string') {
      const found = value.startsWith('$') ? value : resolve(value);
      return found === undefined ? [] : [[key, found]];
    }
    if (key === 'column' && typeof value === 'string') return [[key, map(value)]];
    if (key === 'columns' && isStringRecord(value))
      return [[key, Object.fromEntries(Object.entries(value).map(([name, column]) => [name, map(column)]))]];
    if (key === 'template' && typeof value === 'string')
      return [
        [
          key,
          value.replace(
            PLACEHOLDER,
            (_whole, column: string, optional: string) => `{${map(column)}${optional}}`,
          ),
        ],
      ];
    return [[key, value]];
  });
  // Built from the kept entries: a column parameter without a counterpart is left out.
  const result: SpecParams = { use: spec.use, ...Object.fromEntries(entries) };
  return missing.length === 0 ? result : undefined;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string')
  );
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
