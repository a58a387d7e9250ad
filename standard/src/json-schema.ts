import { RECORD_SCHEMAS, type RecordTypeName } from './records/catalogue.js';
import { JSON_SCHEMA_DIALECT, SCHEMA_ID_BASE } from './version.js';

/** A JSON Schema document as plain JSON data. */
export type JsonSchemaDocument = Record<string, unknown>;

/** The `$id` of a record type's schema, e.g. urn:veta:standard:1.0.0:mining-right. */
export function schemaId(type: RecordTypeName): string {
  return `${SCHEMA_ID_BASE}${kebabCase(type)}`;
}

/** The JSON Schema (draft 2020-12) of a record type, as a standalone document with `$schema` and `$id`. */
export function recordJsonSchema(type: RecordTypeName): JsonSchemaDocument {
  // A JSON round trip keeps only what JSON Schema can carry (TypeBox adds symbol-keyed metadata).
  const schema = JSON.parse(JSON.stringify(RECORD_SCHEMAS[type])) as JsonSchemaDocument;
  return { $schema: JSON_SCHEMA_DIALECT, $id: schemaId(type), ...schema };
}

/** Converts a type name to the kebab-case used in file names and ids. */
export function kebabCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
