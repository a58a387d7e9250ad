import { RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
import { constSpec } from './propose-consts.js';
import { topOf } from './precedents.js';
import type { DraftField } from './propose-fields.js';

/**
 * The country of each area a national file's fields place (an origin's municipality, a
 * declaration's department): the standard requires an area's country, and an agency's areas are in
 * its own country, so an area filled but for its country would be refused whole.
 */
export function areaCountries(
  type: RecordTypeName,
  fields: readonly DraftField[],
  country: string | undefined,
): DraftField[] {
  if (country === undefined) return [];
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  const paths = new Set(fields.map((field) => field.path));
  const areas = new Set(
    fields
      .filter((field) => field.path.includes('.') && !field.path.includes('[]'))
      .map((field) => topOf(field.path))
      .filter((top) => requiresCountry(properties[top]) && !paths.has(`${top}.country`)),
  );
  return [...areas].map((top) => ({
    path: `${top}.country`,
    spec: constSpec(country),
    from: [],
    doubt: undefined,
  }));
}

// An object whose required member `country` is a two-letter code: an area or an address.
function requiresCountry(schema: unknown): boolean {
  if (!isObject(schema) || schema.type !== 'object' || !isObject(schema.properties)) return false;
  const required: unknown[] = Array.isArray(schema.required) ? schema.required : [];
  const member = schema.properties.country;
  return required.includes('country') && isObject(member) && member.pattern === '^[A-Z]{2}$';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
