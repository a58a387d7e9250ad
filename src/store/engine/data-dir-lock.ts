import { openSync, closeSync, writeSync, readFileSync, renameSync, unlinkSync, mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { VetaError } from '../../core/veta-error.js';

const LOCK_FILE = 'veta.lock';

/**
 * Takes the lock on an embedded data folder and returns its release. PGlite has no server to
 * arbitrate between processes, and two writers on one folder would corrupt it.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  if (!tryCreate(path)) {
    const holder = readHolder(path);
    if (holder !== undefined && isAlive(holder)) {
      throw new VetaError(
        'DATA_DIR_LOCKED',
        `The embedded database in ${dataDir} is in use by process ${holder}. Wait for it to finish or stop it, then try again.`,
      );
    }
    // The holder died without releasing the lock: take it over by renaming it away first, so that of
    // two processes that both found it stale only one removes it; the other's create then fails.
    try {
      renameSync(path, `${path}.stale-${process.pid}`);
      unlinkSync(`${path}.stale-${process.pid}`);
    } catch {
      // Another process moved it first.
    }
    if (!tryCreate(path)) {
      throw new VetaError(
        'DATA_DIR_LOCKED',
        `Another process took the lock on ${dataDir} just now; try again.`,
      );
    }
  }
  return () => {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${process.pid}\n${hostname()}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  }
}

function readHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
