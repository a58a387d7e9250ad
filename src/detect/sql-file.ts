import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();

/** The text of a detector's SQL file, kept beside its code so a review shows every query as SQL. */
export function detectorSql(name: string): string {
  let sql = cache.get(name);
  if (sql === undefined) {
    sql = readFileSync(
      fileURLToPath(new URL(`../../src/detect/detectors/${name}.sql`, import.meta.url)),
      'utf8',
    );
    cache.set(name, sql);
  }
  return sql;
}
