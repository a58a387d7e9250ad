import {
  IDENTIFIER_RULES,
  IDENTIFIER_SCHEMES,
  REFERENCE_NOTE,
  UNIT_CODES,
  VALIDATED_SCHEMES,
} from '@veta/standard';
import { headerWords } from './column-names.js';

/** The shapes of property the values of a column can fill without a precedent's word for it. */
export type Shape = (
  | { kind: 'reference'; scheme: string | undefined }
  | { kind: 'date' }
  | { kind: 'quantity'; normalised: boolean; period: boolean }
  | { kind: 'money' }
  | { kind: 'number'; min: number | undefined }
  | { kind: 'text' }
) & {
  /** The property's own description, where the schema gives one (a quantity's describes its kind). */
  description: string;
};

const SCHEMES: ReadonlySet<string> = new Set(IDENTIFIER_SCHEMES);

/** What a property of the standard's schema holds, read from its JSON schema; undefined for other shapes. */
export function shapeOf(schema: unknown, country: string | undefined): Shape | undefined {
  if (!isObject(schema)) return undefined;
  const description = typeof schema.description === 'string' ? schema.description : '';
  if (schema.type === 'string' && description.endsWith(REFERENCE_NOTE))
    return { kind: 'reference', scheme: schemeDescribed(description, country), description };
  if (schema.type === 'string' && schema.format === 'date') return { kind: 'date', description };
  if (schema.type === 'number')
    return {
      kind: 'number',
      min: typeof schema.minimum === 'number' ? schema.minimum : undefined,
      description,
    };
  // Text as written: no format, pattern or code list constrains it.
  if (
    schema.type === 'string' &&
    !('format' in schema || 'pattern' in schema || 'enum' in schema || 'const' in schema)
  )
    return { kind: 'text', description };
  const properties = isObject(schema.properties) ? schema.properties : {};
  const { value, unit, amount, currency, period } = properties;
  if (schema.type === 'object' && isObject(amount) && amount.type === 'number' && isObject(currency))
    return { kind: 'money', description: '' };
  if (schema.type !== 'object' || !isObject(value) || value.type !== 'number' || !isObject(unit))
    return undefined;
  const units: unknown[] = Array.isArray(unit.enum) ? unit.enum : [];
  if (units.length === 0 || !units.every((code) => UNIT_CODES.some((known) => known === code)))
    return undefined;
  // A quantity that admits only some units is one normalised to its dimension's base unit.
  // A rate (a plant's capacity a month) states the period its quantity is for.
  const required: unknown[] = Array.isArray(schema.required) ? schema.required : [];
  return {
    kind: 'quantity',
    normalised: units.length < UNIT_CODES.length,
    period: isObject(period) && required.includes('period'),
    description: '',
  };
}

/**
 * The scheme without check digits (a mining right's code) whose name the reference's description
 * gives ("Mining right the input is destined for"): its values are the agency's codes as written.
 */
function schemeDescribed(description: string, country: string | undefined): string | undefined {
  const words = new Set(headerWords(description));
  return IDENTIFIER_RULES.find(
    (rule) =>
      SCHEMES.has(rule.scheme) &&
      (rule.country === '*' || rule.country === country) &&
      !VALIDATED_SCHEMES.includes(`${rule.country}:${rule.scheme}`) &&
      headerWords(rule.name).every((word) => words.has(word)),
  )?.scheme;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
