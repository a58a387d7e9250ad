import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();

/**
 * The text of a query kept as a `.sql` file in `src/` beside the code that runs it, so a review
 * shows every query as SQL; `path` is relative to `src/` (read from there, as tsc copies no .sql).
 */
export function sqlText(path: string): string {
  let sql = cache.get(path);
  if (sql === undefined) {
    sql = readFileSync(fileURLToPath(new URL(`../../src/${path}`, import.meta.url)), 'utf8');
    cache.set(path, sql);
  }
  return sql;
}
