import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ROLES } from './actor.js';
import { CASE_STATUSES } from '../core/case-statuses.js';
import { SEVERITIES } from '../core/severity.js';
import type { Queryable } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';

// Applied migrations cannot change, so their CHECK constraints restate the lists of core/ and
// access/ in SQL. Read back from the migrated database, they must name exactly those lists: a word
// added to either side alone fails here (a new word needs a migration widening the check).
const CHECKED = [
  { table: 'alert', column: 'severity', words: SEVERITIES },
  { table: 'alert_episode', column: 'severity', words: SEVERITIES },
  { table: 'alert_case', column: 'status', words: CASE_STATUSES },
  { table: 'alert_case_event', column: 'from_status', words: CASE_STATUSES },
  { table: 'alert_case_event', column: 'to_status', words: CASE_STATUSES },
  { table: 'app_user', column: 'role', words: ROLES },
] as const;

/** The quoted words of each CHECK constraint on the column alone. */
async function checkedWords(db: Queryable, table: string, column: string): Promise<string[][]> {
  const rows = await db.query<{ definition: string }>(
    `SELECT pg_get_constraintdef(c.oid) AS definition
     FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attname = $2
     WHERE c.conrelid = $1::regclass AND c.contype = 'c' AND c.conkey = ARRAY[a.attnum]::int2[]`,
    [table, column],
  );
  return rows.map((row) => [...row.definition.matchAll(/'([^']*)'::text/g)].map((match) => match[1] ?? ''));
}

describeEachEngine('the CHECK constraints of severities, statuses and roles', (engine) => {
  it('name exactly the lists the code reads', async () => {
    const db = await engine.openMigrated();
    for (const { table, column, words } of CHECKED) {
      assert.deepEqual(await checkedWords(db, table, column), [[...words]], `${table}.${column}`);
    }
  });
});
