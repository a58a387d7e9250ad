import { isRecordTypeName, RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
import { headerConcepts } from './column-names.js';
import { specColumns, topOf, type Precedent } from './precedents.js';
import { fitSpec, type DraftField, type DraftInput } from './propose-fields.js';
import { tryField, usable } from './try-field.js';

/**
 * Parts of an object property no precedent of its name fills (a purchase's originArea), learnt
 * from the same parts of another property the standard shapes alike (a declaration's adminArea):
 * a column read as MUNICIPIO is read so for the origin when its header is that column's words and
 * words of the property's name (MUNICIPIO_ORIGEN), so it says both which part and which property.
 */
export function proposeSameShape(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: DraftInput,
  fields: readonly DraftField[],
): DraftField[] {
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  const filled = new Set(fields.map((field) => topOf(field.path)));
  const read = new Set(fields.flatMap((field) => specColumns(field.spec)));
  const added = new Map<string, DraftField>();
  for (const [property, schema] of Object.entries(properties)) {
    if (filled.has(property) || !isObjectSchema(schema)) continue;
    const named = new Set(headerConcepts(property));
    for (const precedent of precedents) {
      for (const [path, spec] of Object.entries(precedent.mapping.fields)) {
        const [top = '', ...rest] = path.split('.');
        const main = spec.column;
        if (rest.length !== 1 || top === property || main === undefined || spec.use === 'const') continue;
        if (!alike(precedent.mapping.type, top, schema)) continue;
        const known = new Set(headerConcepts(main));
        for (const column of input.header) {
          const concepts = headerConcepts(column);
          const extra = concepts.filter((concept) => !known.has(concept));
          const sameParts = [...known].every((concept) => concepts.includes(concept));
          if (read.has(column) || !sameParts || extra.length === 0) continue;
          if (!extra.every((concept) => named.has(concept))) continue;
          const target = `${property}.${rest.join('.')}`;
          const fitted = fitSpec(spec, main, column, input);
          const trial = fitted && tryField(fitted, input.context, { type, path: target });
          if (!fitted || !trial || !usable(trial) || added.has(target)) continue;
          added.set(target, {
            path: target,
            spec: fitted,
            from: [precedent.layout],
            doubt: `no known layout fills ${property}; ${column} is read as ${precedent.layout}'s ${main} for its ${top}`,
          });
        }
      }
    }
  }
  return [...added.values()];
}

// Another record type's property the standard defines as this one, descriptions aside.
export function alike(type: string, property: string, schema: Record<string, unknown>): boolean {
  if (!isRecordTypeName(type)) return false;
  const theirs: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  return JSON.stringify(theirs[property], withoutProse) === JSON.stringify(schema, withoutProse);
}

function withoutProse(key: string, value: unknown): unknown {
  return key === 'description' || key === 'title' ? undefined : value;
}

function isObjectSchema(schema: unknown): schema is Record<string, unknown> {
  return typeof schema === 'object' && schema !== null && 'properties' in schema;
}
