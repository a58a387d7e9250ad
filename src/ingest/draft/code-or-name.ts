import { RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';

// A code is one token holding a digit (a customs office's 235, a district's 0101); a name is words.
const CODE = /^[A-Z0-9][A-Z0-9./-]*$/i;
const MOST = 0.9;

/**
 * The path a text field takes under an object the standard gives both a code and a name (a
 * customs office): the one its values are, whatever the precedent's values were. One agency
 * writes the office's number (235), another its city (MEDELLÍN), under the same header ADUANA.
 */
export function codeOrName(type: RecordTypeName, path: string, values: readonly string[]): string {
  const match = /^(.+)\.(code|name)$/.exec(path);
  const parent = match?.[1];
  if (parent === undefined || values.length === 0 || !hasCodeAndName(type, parent)) return path;
  const codes = values.filter((text) => CODE.test(text) && /\d/.test(text)).length;
  if (codes >= MOST * values.length) return `${parent}.code`;
  if (codes === 0) return `${parent}.name`;
  return path;
}

function hasCodeAndName(type: RecordTypeName, parent: string): boolean {
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  const schema = properties[parent];
  const inner: unknown =
    typeof schema === 'object' && schema !== null && 'properties' in schema ? schema.properties : undefined;
  return typeof inner === 'object' && inner !== null && 'code' in inner && 'name' in inner;
}
