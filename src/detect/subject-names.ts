import { sqlText } from '../core/sql-text.js';
import type { Queryable } from '../store/engine/database.js';

/**
 * The best-known name of each subject id that has one, in one query: the resolved entity's name
 * where the id is a member of one, else its party record's or mining right's own name
 * (subject-names.sql). Countries and ids no record holds are absent.
 */
export async function subjectNames(db: Queryable, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.query<{ id: string; name: string }>(sqlText('detect/subject-names.sql'), [wanted]);
  return new Map(rows.map((row) => [row.id, row.name]));
}
