import type { Queryable } from '../../store/engine/database.js';
import { givenNameWords } from './name-order.js';

/**
 * The given names of the persons already loaded, as words folded for comparison: those a source
 * wrote in columns of their own, and those a profile took apart from a full name. A profile that
 * read its names in the wrong order puts surnames here too; the majority of names decides, and a
 * told order is marked for review.
 */
export async function knownGivenNames(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ given: string }>(
    `SELECT DISTINCT body->'personName'->>'givenNames' AS given FROM party
     WHERE body->'personName'->>'givenNames' IS NOT NULL`,
  );
  return new Set(rows.flatMap((row) => givenNameWords(row.given)));
}
