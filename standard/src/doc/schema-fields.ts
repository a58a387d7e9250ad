import { code } from './markdown-table.js';

/** One documented field of a record type, nested fields spelled with dots (provenance.row). */
export interface FieldRow {
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

type Schema = Record<string, unknown>;

/** Lists the fields of an object schema, descending into nested objects and arrays of objects. */
export function schemaFields(schema: Schema, prefix = '', skip: readonly string[] = []): FieldRow[] {
  const properties = asSchemaMap(schema['properties']);
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);
  return Object.entries(properties)
    .filter(([name]) => !skip.includes(name))
    .flatMap(([name, property]) => fieldRows(`${prefix}${name}`, property, required.has(name)));
}

function fieldRows(path: string, schema: Schema, required: boolean): FieldRow[] {
  const row: FieldRow = {
    path,
    type: describeType(schema),
    required,
    description: text(schema['description']),
  };
  const items = asSchema(schema['items']);
  if (schema['properties']) return [row, ...schemaFields(schema, `${path}.`)];
  if (items?.['properties']) return [row, ...schemaFields(items, `${path}[].`)];
  return [row];
}

/** A short human description of a schema's type, e.g. "date", "array of string", "one of `A`, `B`". */
export function describeType(schema: Schema): string {
  if (Array.isArray(schema['enum']))
    return `one of ${schema['enum'].map((value) => code(String(value))).join(', ')}`;
  if (schema['const'] !== undefined) return code(JSON.stringify(schema['const']).replace(/^"|"$/g, ''));
  if (Array.isArray(schema['anyOf']))
    return schema['anyOf'].map((s) => describeType(asSchema(s) ?? {})).join(' or ');
  const type = text(schema['type']);
  if (type === 'array') return `array of ${describeType(asSchema(schema['items']) ?? {})}`;
  if (type === 'string') return describeString(schema);
  if (type === 'number' || type === 'integer') return `${type}${describeRange(schema)}`;
  if (type === 'object') return schema['patternProperties'] ? 'object (any keys)' : 'object';
  return type || 'any JSON value';
}

function describeString(schema: Schema): string {
  if (typeof schema['format'] === 'string') return schema['format'];
  if (typeof schema['pattern'] === 'string') return `string ${code(schema['pattern'])}`;
  return 'string';
}

function describeRange(schema: Schema): string {
  const bounds: string[] = [];
  if (typeof schema['minimum'] === 'number') bounds.push(`≥ ${schema['minimum']}`);
  if (typeof schema['exclusiveMinimum'] === 'number') bounds.push(`> ${schema['exclusiveMinimum']}`);
  if (typeof schema['maximum'] === 'number') bounds.push(`≤ ${schema['maximum']}`);
  if (typeof schema['exclusiveMaximum'] === 'number') bounds.push(`< ${schema['exclusiveMaximum']}`);
  return bounds.length > 0 ? ` ${bounds.join(', ')}` : '';
}

function asSchema(value: unknown): Schema | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Schema) : undefined;
}

function asSchemaMap(value: unknown): Record<string, Schema> {
  const map = asSchema(value) ?? {};
  return Object.fromEntries(Object.entries(map).map(([key, entry]) => [key, asSchema(entry) ?? {}]));
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
