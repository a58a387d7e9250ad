import { fieldColumns } from '../mapping/field-columns.js';
import type { Profile } from './profile.js';

/**
 * Every source column a profile reads: those it requires, those its synonyms name, and those its
 * mappings name. Transforms name their columns `column`, `...Column` (unitColumn, shareColumn),
 * the keys of `columns` (one column per element) or {COLUMN} in a `template` (or its `otherwise`);
 * `when` and `each` name theirs too.
 */
export function profileColumns(profile: Profile): string[] {
  const columns = new Set<string>([...profile.required, ...Object.keys(profile.synonyms ?? {})]);
  for (const mapping of profile.records) {
    for (const spec of [mapping.id, ...Object.values(mapping.fields)])
      for (const column of fieldColumns(spec)) columns.add(column);
    for (const condition of mapping.when ?? []) columns.add(condition.split('=', 1)[0] ?? '');
    if (mapping.each) columns.add(mapping.each.column);
  }
  columns.delete('');
  columns.delete('$item');
  return [...columns];
}
