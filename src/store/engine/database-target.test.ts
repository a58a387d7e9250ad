import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { resolveDatabaseTarget } from './database-target.js';

describe('resolveDatabaseTarget', () => {
  it('uses the embedded engine in ./.veta when nothing is set', () => {
    assert.deepEqual(resolveDatabaseTarget(undefined, {}), { engine: 'pglite', dataDir: resolve('.veta') });
  });

  it('honours VETA_DATA_DIR, then DATABASE_URL, then --db', () => {
    const env = { VETA_DATA_DIR: '/tmp/veta-data' };
    assert.deepEqual(resolveDatabaseTarget(undefined, env), { engine: 'pglite', dataDir: '/tmp/veta-data' });
    const withUrl = { ...env, DATABASE_URL: 'postgres://root@127.0.0.1:5432/test' };
    assert.deepEqual(resolveDatabaseTarget(undefined, withUrl), {
      engine: 'postgres',
      url: 'postgres://root@127.0.0.1:5432/test',
    });
    assert.deepEqual(resolveDatabaseTarget('file:///srv/veta', withUrl), {
      engine: 'pglite',
      dataDir: '/srv/veta',
    });
  });

  it('rejects an address it does not understand, saying what it accepts', () => {
    assert.throws(
      () => resolveDatabaseTarget('mysql://x', {}),
      (error: unknown) => isVetaError(error, 'DB_URL_INVALID') && error.exitCode === 2,
    );
  });
});
