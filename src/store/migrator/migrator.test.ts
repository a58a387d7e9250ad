import { it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import type { Database } from '../engine/database.js';
import { loadMigrations } from './migration-files.js';
import { migrate, migrationStatus, resetDatabase } from './migrator.js';
import { describeEachEngine } from '../testing/engines.js';
import { writeMigrationDir } from '../testing/migration-dir.js';

const TWO = {
  '0001_first.sql': 'CREATE TABLE a (x integer);',
  '0002_second.sql': 'CREATE TABLE b (y integer); INSERT INTO b VALUES (7);',
};

async function tables(db: Database): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'veta' ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

describeEachEngine('migrator', (engine) => {
  it('lists every migration as pending on a new database, changing nothing', async () => {
    const db = await engine.open();
    const status = await migrationStatus(db, await loadMigrations(writeMigrationDir(TWO)));
    assert.deepEqual(
      status.map((s) => [s.id, s.state]),
      [
        ['0001', 'pending'],
        ['0002', 'pending'],
      ],
    );
    assert.deepEqual(await tables(db), []);
  });

  it('applies pending migrations in order, records them, and applies nothing twice', async () => {
    const db = await engine.open();
    const migrations = await loadMigrations(writeMigrationDir(TWO));
    const applied = await migrate(db, migrations);
    assert.deepEqual(
      applied.map((m) => m.file),
      ['0001_first.sql', '0002_second.sql'],
    );
    assert.deepEqual(await tables(db), ['a', 'b', 'schema_migration']);
    assert.deepEqual(await migrate(db, migrations), []);
    assert.deepEqual(await db.query('SELECT y FROM b'), [{ y: 7 }]);
    const status = await migrationStatus(db, migrations);
    assert.ok(status.every((s) => s.state === 'applied' && s.appliedAt instanceof Date));
  });

  it('rolls a failing migration back whole, keeps the ones before it, and names the file', async () => {
    const db = await engine.open();
    const dir = writeMigrationDir({
      ...TWO,
      '0003_broken.sql': 'CREATE TABLE c (z integer); INSERT INTO c VALUES (1); SELEC oops;',
    });
    await assert.rejects(migrate(db, await loadMigrations(dir)), (error: unknown) => {
      assert.ok(isVetaError(error, 'MIGRATION_FAILED'));
      assert.match(error.message, /0003_broken\.sql/);
      return true;
    });
    assert.deepEqual(await tables(db), ['a', 'b', 'schema_migration']);
    const status = await migrationStatus(db, await loadMigrations(dir));
    assert.deepEqual(
      status.map((s) => s.state),
      ['applied', 'applied', 'pending'],
    );
    writeFileSync(join(dir, '0003_broken.sql'), 'CREATE TABLE c (z integer);');
    assert.deepEqual(
      (await migrate(db, await loadMigrations(dir))).map((m) => m.id),
      ['0003'],
    );
  });

  it('refuses to go on when an applied migration was edited afterwards', async () => {
    const db = await engine.open();
    const dir = writeMigrationDir(TWO);
    await migrate(db, await loadMigrations(dir));
    writeFileSync(join(dir, '0001_first.sql'), 'CREATE TABLE a (x bigint);');
    writeFileSync(join(dir, '0003_third.sql'), 'CREATE TABLE c (z integer);');
    const migrations = await loadMigrations(dir);
    assert.equal((await migrationStatus(db, migrations))[0]?.state, 'changed');
    await assert.rejects(migrate(db, migrations), (error: unknown) =>
      isVetaError(error, 'MIGRATION_CHANGED'),
    );
    assert.ok(!(await tables(db)).includes('c'));
  });

  it('refuses a database migrated by a newer Veta', async () => {
    const db = await engine.open();
    await migrate(db, await loadMigrations(writeMigrationDir(TWO)));
    const older = await loadMigrations(writeMigrationDir({ '0001_first.sql': TWO['0001_first.sql'] }));
    assert.equal((await migrationStatus(db, older))[1]?.state, 'unknown');
    await assert.rejects(migrate(db, older), (error: unknown) => isVetaError(error, 'MIGRATION_UNKNOWN'));
  });

  const racing = engine.engine === 'postgres' || 'one process owns an embedded database: nothing to race';
  it(
    'applies each migration once when two migrators run at the same time',
    { skip: racing !== true && racing },
    async () => {
      const target = await engine.createTarget();
      const { openDatabase } = await import('../engine/open-database.js');
      const [first, second] = [await openDatabase(target), await openDatabase(target)];
      const migrations = await loadMigrations(writeMigrationDir(TWO));
      const results = await Promise.all([migrate(first, migrations), migrate(second, migrations)]);
      assert.equal(results[0].length + results[1].length, 2);
      await Promise.all([first.close(), second.close()]);
    },
  );

  it('reset drops every Veta table and the record of migrations', async () => {
    const db = await engine.openMigrated();
    assert.ok((await tables(db)).includes('source_file'));
    await resetDatabase(db);
    assert.deepEqual(await tables(db), []);
    const status = await migrationStatus(db, await loadMigrations());
    assert.ok(status.length > 0 && status.every((s) => s.state === 'pending'));
    await migrate(db, await loadMigrations());
    assert.ok((await tables(db)).includes('quarantine'));
  });
});
