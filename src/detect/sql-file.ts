import { sqlText } from '../core/sql-text.js';

/** The text of a detector's SQL file, kept beside its code so a review shows every query as SQL. */
export function detectorSql(name: string): string {
  return sqlText(`detect/detectors/${name}.sql`);
}
