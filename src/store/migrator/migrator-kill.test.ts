import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { loadMigrations } from './migration-files.js';
import { migrate, migrationStatus } from './migrator.js';
import { openDatabase } from '../engine/open-database.js';
import { describeEachEngine } from '../testing/engines.js';
import { writeMigrationDir } from '../testing/migration-dir.js';

const CHILD = fileURLToPath(new URL('../testing/migrate-child.js', import.meta.url));

const FILES = {
  '0001_first.sql': 'CREATE TABLE a (x integer); INSERT INTO a VALUES (1);',
  // Long enough to be killed in the middle, after it has already written.
  '0002_slow.sql':
    'CREATE TABLE b (y integer); INSERT INTO b SELECT generate_series(1, 1000); SELECT pg_sleep(2);',
};

describeEachEngine('a migration killed midway', (engine) => {
  it('leaves the database as before it; the next run applies it', async () => {
    const target = await engine.createTarget();
    const dir = writeMigrationDir(FILES);
    const child = spawn(process.execPath, [CHILD, JSON.stringify(target), dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('applying 0002')) resolve();
      });
      child.once('exit', () => reject(new Error(`child exited before migration 0002: ${output}`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGKILL');
    await once(child, 'exit');
    assert.ok(!output.includes('done'), 'the child must die before finishing');

    const db = await openDatabase(target);
    try {
      const migrations = await loadMigrations(dir);
      const states = (await migrationStatus(db, migrations)).map((s) => s.state);
      assert.deepEqual(states, ['applied', 'pending']);
      const [table] = await db.query<{ found: boolean }>("SELECT to_regclass('veta.b') IS NOT NULL AS found");
      assert.equal(table?.found, false);
      assert.deepEqual(await db.query('SELECT x FROM a'), [{ x: 1 }]);
      assert.deepEqual(
        (await migrate(db, migrations)).map((m) => m.id),
        ['0002'],
      );
      assert.deepEqual(await db.query('SELECT count(*)::int AS n FROM b'), [{ n: 1000 }]);
    } finally {
      await db.close();
    }
  });
});
