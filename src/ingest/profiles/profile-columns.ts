import type { FieldSpec, Profile } from './profile.js';

/**
 * Every source column a profile reads: those it requires, those its synonyms name, and those its
 * mappings name. Transforms name their columns `column`, `...Column` (unitColumn, shareColumn) or,
 * for one column per element, the keys of `columns`; `when` and `each` name theirs too.
 */
export function profileColumns(profile: Profile): string[] {
  const columns = new Set<string>([...profile.required, ...Object.keys(profile.synonyms ?? {})]);
  for (const mapping of profile.records) {
    for (const spec of [mapping.id, ...Object.values(mapping.fields)]) addSpecColumns(spec, columns);
    for (const condition of mapping.when ?? []) columns.add(condition.split('=', 1)[0] ?? '');
    if (mapping.each) columns.add(mapping.each.column);
  }
  columns.delete('');
  columns.delete('$item');
  return [...columns];
}

function addSpecColumns(spec: FieldSpec, columns: Set<string>): void {
  // A spec's parameters beyond use, column and required are its transform's own: any value.
  const parameters: [string, unknown][] = Object.entries(spec);
  for (const [key, value] of parameters) {
    if ((key === 'column' || key.endsWith('Column')) && typeof value === 'string') columns.add(value);
    if (key === 'columns' && typeof value === 'object' && value !== null)
      for (const column of Object.keys(value)) columns.add(column);
  }
}
