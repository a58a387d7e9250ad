import { templateColumns } from '../mapping/terms.js';
import type { FieldSpec, Profile } from './profile.js';

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
      for (const column of specColumns(spec)) columns.add(column);
    for (const condition of mapping.when ?? []) columns.add(condition.split('=', 1)[0] ?? '');
    if (mapping.each) columns.add(mapping.each.column);
  }
  columns.delete('');
  columns.delete('$item');
  return [...columns];
}

/** The columns one field spec reads. */
export function specColumns(spec: FieldSpec): string[] {
  const columns: string[] = [];
  // A spec's parameters beyond use, column and required are its transform's own: any value.
  const parameters: [string, unknown][] = Object.entries(spec);
  for (const [key, value] of parameters) {
    if ((key === 'column' || key.endsWith('Column')) && typeof value === 'string') columns.push(value);
    if (key === 'columns' && typeof value === 'object' && value !== null)
      for (const column of Object.keys(value)) columns.push(column);
    if ((key === 'template' || key === 'otherwise') && typeof value === 'string')
      for (const column of templateColumns(value)) columns.push(column);
  }
  return columns;
}
