import type { RecordTypeName } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import { adaptSpec } from './adapt-spec.js';
import { bestColumn } from './column-names.js';
import { fitsType, specColumns, type Precedent } from './precedents.js';
import { cleanShare, tryField, usable, type SampleContext } from './try-field.js';

/** A further column is borrowed only when its name is this alike: it is not checked by a value of its own. */
const BORROW_MATCH = 0.9;

/**
 * The spec with the further columns other layouts read for the same field and transform (an
 * interest's start date, the company it is held through) when the new file has them: the layout
 * a field follows may lack a column another one has. Each parameter of that column's prefix
 * comes along (viaColumn with viaScheme); a borrowing that reads the sample less cleanly is undone.
 */
export function borrowColumns(
  spec: FieldSpec,
  path: string,
  type: RecordTypeName,
  precedents: readonly Precedent[],
  input: { header: readonly string[]; context: SampleContext },
): FieldSpec {
  let current: FieldSpec = spec;
  let trial = tryField(current, input.context, { type, path });
  for (const precedent of precedents) {
    const other = precedent.mapping.fields[path];
    if (!other || other.use !== spec.use || !fitsType(precedent, type, path)) continue;
    const params: Record<string, unknown> = other;
    for (const [key, column] of Object.entries(params)) {
      if (key === 'column' || !key.endsWith('Column') || typeof column !== 'string' || key in current)
        continue;
      const found = bestColumn(column, input.header, BORROW_MATCH);
      if (found === undefined || specColumns(current).includes(found)) continue;
      const prefix = key.slice(0, -'Column'.length);
      const companions = Object.entries(params).filter(
        ([name]) => name !== key && name.startsWith(prefix) && !(name in current),
      );
      // The companions are fitted to the file as the spec was: a borrowed scheme is the file's own.
      const borrowed: FieldSpec = { ...current, ...Object.fromEntries(companions), [key]: found };
      const candidate = adaptSpec(borrowed, current.column ?? found, input.context);
      const tried = tryField(candidate, input.context, { type, path });
      if (tried && usable(tried) && (!trial || cleanShare(tried) >= cleanShare(trial))) {
        current = candidate;
        trial = tried;
      }
    }
  }
  return current;
}
