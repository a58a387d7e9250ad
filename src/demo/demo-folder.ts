import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from '../core/logger.js';
import type { Database } from '../store/engine/database.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import { openDatabase } from '../store/engine/open-database.js';
import { runDemoPipeline, type DemoStage, type DemoSummary } from './demo-pipeline.js';
import { ensureDemoUser } from './demo-user.js';

/** The demo's folder by default: beside the project, ignored by git. */
export const DEFAULT_DEMO_DIR = '.veta-demo';

/** The file a finished build leaves in the demo's folder, with what it built. */
export const READY_FILE = 'ready.json';

/** An opened demo: its database, what was built, and whether an earlier run built it. */
export interface PreparedDemo {
  readonly db: Database;
  readonly summary: DemoSummary;
  readonly reused: boolean;
}

/** What an earlier run wrote in `dir`/ready.json once it finished building; null if it did not. */
export function readySummary(dir: string): unknown {
  const path = join(dir, READY_FILE);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * Opens the demo in `dir` (embedded PGlite in dir/pgdata, simulated files in dir/files), building it
 * first unless an earlier run finished building it. A folder left half-built by an interrupted run
 * has no ready.json and is built again from scratch.
 */
export async function prepareDemo(
  dirPath: string,
  options: { rebuild?: boolean; logger?: Logger; onStage?: (stage: DemoStage) => void } = {},
): Promise<PreparedDemo> {
  const dir = resolve(dirPath);
  const ready = options.rebuild === true ? null : (readySummary(dir) as DemoSummary | null);
  if (ready === null) {
    rmSync(join(dir, 'pgdata'), { recursive: true, force: true });
    rmSync(join(dir, 'files'), { recursive: true, force: true });
    rmSync(join(dir, READY_FILE), { force: true });
  }
  mkdirSync(dir, { recursive: true });
  const db = await openDatabase({ engine: 'pglite', dataDir: dir });
  try {
    if (ready !== null) {
      // A newer Veta may bring migrations: the reused database is brought up to date.
      await migrate(db, await loadMigrations());
      await ensureDemoUser(db);
      return { db, summary: ready, reused: true };
    }
    const summary = await runDemoPipeline(db, {
      filesDir: join(dir, 'files'),
      logger: options.logger,
      onStage: options.onStage,
    });
    await ensureDemoUser(db);
    writeFileSync(join(dir, READY_FILE), `${JSON.stringify(summary, null, 2)}\n`);
    return { db, summary, reused: false };
  } catch (error) {
    await db.close();
    throw error;
  }
}
