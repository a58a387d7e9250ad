import type { FieldSpec } from '../profiles/profile.js';
import { templateColumns } from './terms.js';

/**
 * The source columns a field spec reads, by the conventions every transform's parameters follow:
 * `column`, any `…Column`, the keys of `columns`, and the placeholders of `template`/`otherwise`.
 * Mapping needs it to know which fields read a record's key; tests, to spoil a field's cells.
 */
export function fieldColumns(spec: FieldSpec): string[] {
  const columns = new Set<string>();
  for (const [name, setting] of Object.entries<unknown>(spec)) {
    if (typeof setting === 'string' && (name === 'column' || name.endsWith('Column'))) columns.add(setting);
    else if (typeof setting === 'string' && (name === 'template' || name === 'otherwise'))
      for (const column of templateColumns(setting)) columns.add(column);
    else if (name === 'columns' && typeof setting === 'object' && setting !== null)
      for (const column of Object.keys(setting)) columns.add(column);
  }
  return [...columns];
}
