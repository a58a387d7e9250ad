import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { identifyFile } from '../../ingest/pipeline/file-identity.js';
import type { ReceivedFile } from './receive-upload.js';

/** The folders of a server's uploads: where files wait to load, and where they are kept after, if anywhere. */
export interface UploadDirs {
  /** Where uploaded files wait to load: one folder per upload, removed once it loads or fails. */
  readonly work: string;
  /** Where each file is moved once it loaded or failed, as evidence; when absent it is deleted. */
  readonly keep: string | undefined;
}

// Each server process waits in a folder of its own, named after its process id, so that a server
// starting can remove the folders of servers that were killed without touching a live one's.
const SHARED_ROOT = join(tmpdir(), 'veta-uploads');

// Owner only: uploads are national files, and the temporary folder is shared with other local users.
const PRIVATE = 0o700;

/** A fresh working folder for this process's uploads under the system's temporary folder. */
export function defaultUploadWorkDir(): string {
  return join(SHARED_ROOT, `server-${String(process.pid)}-${randomUUID().slice(0, 8)}`);
}

/**
 * What becomes of uploaded files: each waits in a folder of its own under `work`, and nothing is
 * left there once it loaded, failed or was refused; loaded and failed files are kept in `keep`,
 * named by their SHA-256 and name, when a keep folder is set.
 */
export class UploadFolder {
  readonly #made = new Set<string>();

  constructor(private readonly dirs: UploadDirs) {}

  /**
   * Creates the folder one upload is written to, and the working folder when it is missing, both
   * readable by this server's user alone: the shared temporary folder is open to every local user.
   */
  async create(id: string): Promise<string> {
    await mkdir(dirname(this.dirs.work), { recursive: true });
    await mkdir(this.dirs.work, { recursive: true, mode: PRIVATE });
    const dir = join(this.dirs.work, id);
    await mkdir(dir, { mode: PRIVATE });
    this.#made.add(dir);
    return dir;
  }

  /** Deletes a file that will not be loaded (refused, or never queued), with its folder. */
  async discard(file: Pick<ReceivedFile, 'path'>): Promise<void> {
    const dir = dirname(file.path);
    await rm(dir, { recursive: true, force: true });
    this.#made.delete(dir);
  }

  /** Once a file loaded or failed: moves it to the keep folder when there is one, and removes its folder. */
  async settle(file: ReceivedFile): Promise<void> {
    try {
      if (this.dirs.keep !== undefined) await keep(file, this.dirs.keep);
    } finally {
      await this.discard(file);
    }
  }

  /**
   * Removes what this server wrote in the working folder, and the folder once empty: called once no
   * load can still run. Only its own folders, since a working folder given by the host may hold more.
   */
  async remove(): Promise<void> {
    for (const dir of this.#made) await rm(dir, { recursive: true, force: true });
    this.#made.clear();
    await rmdir(this.dirs.work).catch(() => undefined);
  }

  /** Removes the working folders that servers no longer running left in the shared temporary folder. */
  static async sweepAbandoned(): Promise<void> {
    const entries = await readdir(SHARED_ROOT).catch(() => []);
    for (const entry of entries) {
      const pid = Number(/^server-(\d+)-/.exec(entry)?.[1]);
      if (Number.isInteger(pid) && !isRunning(pid)) {
        await rm(join(SHARED_ROOT, entry), { recursive: true, force: true });
      }
    }
  }
}

async function keep(file: ReceivedFile, dir: string): Promise<void> {
  const { sha256 } = await identifyFile(file.path);
  await mkdir(dir, { recursive: true });
  const target = join(dir, `${sha256}-${file.fileName}`);
  try {
    await rename(file.path, target);
  } catch (error) {
    // The keep folder is often on another disk than the temporary folder: rename cannot cross.
    if (!(error instanceof Error && 'code' in error && error.code === 'EXDEV')) throw error;
    await copyFile(file.path, target);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
