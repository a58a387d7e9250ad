import type { FieldSpec } from '../profiles/profile.js';
import { transformParams } from '../mapping/registry.js';
import type { SpecParams } from './precedents.js';

/**
 * The spec with each of its closed-choice parameters set, one at a time, to the other values its
 * transform allows: a precedent's period read as yyyy-Tn may fit the new file as yyyy-mm.
 */
export function specVariants(spec: FieldSpec): FieldSpec[] {
  const params = transformParams(spec.use);
  const properties: unknown = params && 'properties' in params ? params.properties : undefined;
  if (typeof properties !== 'object' || properties === null) return [];
  const given: Record<string, unknown> = spec;
  const variants: FieldSpec[] = [];
  for (const [name, schema] of Object.entries(properties)) {
    if (name === 'use' || !(name in given)) continue;
    for (const choice of choices(schema)) {
      if (choice === given[name]) continue;
      const variant: SpecParams = { ...spec, [name]: choice };
      variants.push(variant);
    }
  }
  return variants;
}

function choices(schema: unknown): unknown[] {
  if (typeof schema !== 'object' || schema === null) return [];
  if ('enum' in schema && Array.isArray(schema.enum)) return schema.enum;
  if ('anyOf' in schema && Array.isArray(schema.anyOf))
    return schema.anyOf.flatMap((option: unknown) =>
      typeof option === 'object' && option !== null && 'const' in option ? [option.const] : [],
    );
  return [];
}
