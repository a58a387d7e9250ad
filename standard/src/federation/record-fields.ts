import { RECORD_SCHEMAS, type RecordTypeName } from '../records/catalogue.js';

// An agreement names fields by dotted paths (royalty.amount); each is looked up in the record
// type's schema, so a misspelt field is refused when the agreement is read, never shared by accident.

/** What a field holds, as far as sharing cares: a number can be summed, a date dates a total. */
export type FieldKind = 'number' | 'date' | 'value' | 'object' | 'array' | 'mixed';

/** A field found in a record type's schema. */
export interface RecordField {
  readonly path: string;
  readonly kind: FieldKind;
  /** Whether every record has it: the field and each object on the way to it are required. */
  readonly required: boolean;
  /** The names of the fields beside it, in the same object. */
  readonly siblings: readonly string[];
}

/** A field of a record type, or why the path names none. */
export type FieldLookup =
  { readonly ok: true; readonly field: RecordField } | { readonly ok: false; readonly problem: string };

type Schema = Readonly<Record<string, unknown>>;

/** Finds a top-level field or a dotted path into nested objects in a record type's schema. */
export function lookupField(recordType: RecordTypeName, path: string): FieldLookup {
  let schema = asSchema(RECORD_SCHEMAS[recordType]);
  let required = true;
  let siblings: readonly string[] = [];
  const segments = path.split('.');
  for (const [index, name] of segments.entries()) {
    const here = segments.slice(0, index).join('.');
    const properties = propertiesOf(schema);
    if (properties === undefined) return { ok: false, problem: cannotEnter(here, kindOf(schema)) };
    const child = properties[name];
    if (child === undefined) {
      const owner = here === '' ? recordType : here;
      const named = segments.slice(0, index + 1).join('.');
      return {
        ok: false,
        problem: `${recordType} has no field ${named} (${owner} has ${Object.keys(properties).join(', ')})`,
      };
    }
    required &&= requiredOf(schema).includes(name);
    siblings = Object.keys(properties).filter((sibling) => sibling !== name);
    schema = asSchema(child);
  }
  return { ok: true, field: { path, kind: kindOf(schema), required, siblings } };
}

/** The fields directly inside an object field of a record type ('' for the record itself). */
export function childFields(recordType: RecordTypeName, path: string): readonly string[] {
  let schema = asSchema(RECORD_SCHEMAS[recordType]);
  for (const name of path === '' ? [] : path.split('.')) schema = asSchema(propertiesOf(schema)?.[name]);
  return Object.keys(propertiesOf(schema) ?? {});
}

function cannotEnter(path: string, kind: FieldKind): string {
  if (kind === 'array') return `${path} is an array: name it whole, a path cannot go into its items`;
  if (kind === 'object') return `${path} is a map of any keys: name it whole`;
  return `${path} is a ${kind === 'mixed' ? 'value of several shapes' : kind}: it has no fields inside`;
}

function kindOf(schema: Schema): FieldKind {
  const type = schema['type'];
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'string' && (schema['format'] === 'date' || schema['format'] === 'date-time')) return 'date';
  if (type === 'object') return 'object';
  if (type === 'array') return 'array';
  if (type === 'string' || type === 'boolean' || 'enum' in schema || 'const' in schema) return 'value';
  return 'mixed';
}

function propertiesOf(schema: Schema): Readonly<Record<string, unknown>> | undefined {
  const properties = schema['properties'];
  return typeof properties === 'object' && properties !== null
    ? (properties as Record<string, unknown>)
    : undefined;
}

function requiredOf(schema: Schema): readonly unknown[] {
  const required = schema['required'];
  return Array.isArray(required) ? required : [];
}

function asSchema(value: unknown): Schema {
  return typeof value === 'object' && value !== null ? (value as Schema) : {};
}
