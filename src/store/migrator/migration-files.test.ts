import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { isVetaError } from '../../core/veta-error.js';
import { loadMigrations } from './migration-files.js';
import { writeMigrationDir } from '../testing/migration-dir.js';

describe('loadMigrations', () => {
  it('reads files in numeric order with the SHA-256 of each', async () => {
    const dir = writeMigrationDir({ '0002_b.sql': 'SELECT 2;', '0001_a.sql': 'SELECT 1;' });
    const migrations = await loadMigrations(dir);
    assert.deepEqual(
      migrations.map((m) => [m.id, m.name]),
      [
        ['0001', 'a'],
        ['0002', 'b'],
      ],
    );
    assert.equal(migrations[0]?.checksum, createHash('sha256').update('SELECT 1;').digest('hex'));
  });

  it('refuses a badly named file and two files with one number', async () => {
    await assert.rejects(loadMigrations(writeMigrationDir({ 'add-table.sql': '' })), (error: unknown) =>
      isVetaError(error, 'MIGRATIONS_UNREADABLE'),
    );
    await assert.rejects(
      loadMigrations(writeMigrationDir({ '0001_a.sql': '', '0001_b.sql': '' })),
      /share the number 0001/,
    );
  });

  it('finds the migrations shipped with Veta', async () => {
    const migrations = await loadMigrations();
    assert.equal(migrations[0]?.file, '0001_provenance.sql');
  });
});
