import { RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
import { specColumns, type Precedent } from './precedents.js';
import { fitSpec, type DraftField, type DraftInput } from './propose-fields.js';
import { alike } from './propose-same-shape.js';
import { tryField, usable } from './try-field.js';

/**
 * Parts of an object property the record's own precedents do not fill (a registration's
 * adminArea.region), read from a column of the very header a layout of the same country reads
 * the same part of a property of the same shape from (a mining right's adminArea.region from
 * PROVINCIA). The vocabulary is every country's, so it cannot say that an Ecuadorian PROVINCIA is
 * the first division where a Peruvian or Bolivian one is the second; one country's agencies name
 * its divisions alike.
 */
export function proposeSameCountry(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: DraftInput,
  fields: readonly DraftField[],
): DraftField[] {
  const { country } = input.context;
  if (country === undefined) return [];
  const properties: Record<string, unknown> = RECORD_SCHEMAS[type].properties;
  const filled = new Set(fields.map((field) => field.path));
  const read = new Set(fields.flatMap((field) => specColumns(field.spec)));
  const header = new Set(input.header);
  const added = new Map<string, DraftField>();
  for (const precedent of precedents) {
    if (precedent.country !== country) continue;
    for (const [path, spec] of Object.entries(precedent.mapping.fields)) {
      const [top = '', ...rest] = path.split('.');
      const main = spec.column;
      if (rest.length !== 1 || filled.has(path) || added.has(path) || spec.use === 'const') continue;
      if (main === undefined || !header.has(main) || read.has(main)) continue;
      const schema = properties[top];
      if (!isObject(schema) || !alike(precedent.mapping.type, top, schema)) continue;
      const fitted = fitSpec(spec, main, main, input);
      const trial = fitted && tryField(fitted, input.context, { type, path });
      if (!fitted || !trial || !usable(trial)) continue;
      added.set(path, {
        path,
        spec: fitted,
        from: [precedent.layout],
        doubt: `read as ${precedent.layout}, of the same country, reads ${main} for its ${top}`,
      });
    }
  }
  return [...added.values()];
}

function isObject(schema: unknown): schema is Record<string, unknown> {
  return typeof schema === 'object' && schema !== null && 'properties' in schema;
}
