import { RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import { headerSimilarity } from './column-names.js';
import { fitsType, specColumns, topOf, type Precedent } from './precedents.js';
import { fitSpec, MIN_NAME_MATCH, type DraftField, type DraftInput } from './propose-fields.js';
import { cleanShare, tryField, usable } from './try-field.js';

/**
 * Fields the standard requires that no column's name gave: a record without them is rejected
 * whole. Each is filled from the column that some known layout reads with the same transform
 * (for any field: CO-RUCOM reads NUMERO_DOCUMENTO as an identifier, which a declaration's
 * declarant also is), best named and cleanest on the sample first, among columns no field reads.
 */
export function fillRequired(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: DraftInput,
  fields: readonly DraftField[],
): DraftField[] {
  const required: readonly string[] = RECORD_SCHEMAS[type].required;
  const filled = new Set(fields.map((field) => topOf(field.path)));
  const read = new Set(fields.flatMap((field) => specColumns(field.spec)));
  const added: DraftField[] = [];
  for (const top of required) {
    if (filled.has(top) || top === 'id' || top === 'recordType' || top === 'flags') continue;
    const wanted = pathPrecedents(type, top, precedents);
    const uses = new Set(wanted.map(({ spec }) => spec.use));
    const path = wanted[0]?.path;
    if (path === undefined) continue;
    const best = bestFill(type, top, path, uses, precedents, input, read);
    if (best) {
      added.push(best.field);
      specColumns(best.field.spec).forEach((column) => read.add(column));
    }
  }
  return added;
}

/** How much a column another field reads counts, against one no field reads. */
const READ_WEIGHT = 0.9;

function bestFill(
  type: RecordTypeName,
  top: string,
  path: string,
  uses: ReadonlySet<string>,
  precedents: readonly Precedent[],
  input: DraftInput,
  read: ReadonlySet<string>,
): { field: DraftField; score: number } | undefined {
  let best: { field: DraftField; score: number } | undefined;
  for (const precedent of precedents) {
    for (const spec of Object.values(precedent.mapping.fields)) {
      const main = spec.column ?? specColumns(spec)[0];
      if (!uses.has(spec.use) || main === undefined || main.startsWith('$')) continue;
      for (const column of input.header) {
        // A column another field reads may fill it too, a little below a free one: the record is
        // rejected whole without the property, and a column plainly named for a like property (a
        // gross mass, where the file has no net one) is better than one only alike to some other.
        const name = headerSimilarity(main, column) * (read.has(column) ? READ_WEIGHT : 1);
        if (name < MIN_NAME_MATCH) continue;
        const fitted = fitSpec(withoutRequired(spec), main, column, input);
        const trial = fitted && tryField(fitted, input.context, { type, path });
        if (!fitted || !trial || !usable(trial) || trial.distinct === 0) continue;
        const score = name * (0.5 + 0.5 * cleanShare(trial));
        if (score <= (best?.score ?? 0)) continue;
        best = {
          score,
          field: {
            path,
            spec: fitted,
            from: [precedent.layout],
            doubt: `the standard requires ${top} and no column is named for it; ${column} is read as ${precedent.layout} reads ${main}`,
          },
        };
      }
    }
  }
  return best;
}

function pathPrecedents(
  type: RecordTypeName,
  top: string,
  precedents: readonly Precedent[],
): { path: string; spec: FieldSpec }[] {
  return precedents.flatMap((precedent) =>
    Object.entries(precedent.mapping.fields)
      .filter(
        ([path, spec]) => topOf(path) === top && spec.use !== 'const' && fitsType(precedent, type, path),
      )
      .map(([path, spec]) => ({ path, spec })),
  );
}

function withoutRequired(spec: FieldSpec): FieldSpec {
  const optional: FieldSpec = { ...spec };
  delete optional.required;
  return optional;
}
