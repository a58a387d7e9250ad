import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { lockDataDir } from './data-dir-lock.js';

describe('lockDataDir', () => {
  it('lets one holder in at a time and frees the folder on release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-lock-'));
    const release = lockDataDir(dir);
    assert.throws(
      () => lockDataDir(dir),
      (error: unknown) =>
        isVetaError(error, 'DATA_DIR_LOCKED') && error.message.includes(String(process.pid)),
    );
    release();
    assert.equal(existsSync(join(dir, 'veta.lock')), false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veta-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(join(dir, 'veta.lock'), `${dead.stdout}\nsomehost\n`);
    const release = lockDataDir(dir);
    assert.equal(readFileSync(join(dir, 'veta.lock'), 'utf8').split('\n')[0], String(process.pid));
    release();
  });
});
