// Runs the migrator in a child process so a test can kill it mid-migration.
// Usage: node migrate-child.js '<DatabaseTarget as JSON>' <migrations dir>
import type { DatabaseTarget } from '../engine/database-target.js';
import { loadMigrations } from '../migrator/migration-files.js';
import { migrate } from '../migrator/migrator.js';
import { openDatabase } from '../engine/open-database.js';

const [targetJson, dir] = process.argv.slice(2);
if (!targetJson || !dir) throw new Error('usage: migrate-child.js <target-json> <dir>');
const db = await openDatabase(JSON.parse(targetJson) as DatabaseTarget);
await migrate(db, await loadMigrations(dir), {
  onStart: (migration) => process.stdout.write(`applying ${migration.id}\n`),
});
await db.close();
process.stdout.write('done\n');
