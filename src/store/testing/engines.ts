import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe } from 'node:test';
import pg from 'pg';
import type { Database, Engine } from '../engine/database.js';
import type { DatabaseTarget } from '../engine/database-target.js';
import { loadMigrations } from '../migrator/migration-files.js';
import { migrate } from '../migrator/migrator.js';
import { openDatabase } from '../engine/open-database.js';

/** Fresh, isolated databases on one engine for a test suite; everything is removed after it. */
export interface TestEngine {
  readonly engine: Engine;
  /** A new empty database nobody has opened yet, for tests that run Veta in another process. */
  createTarget(): Promise<DatabaseTarget>;
  /** A new empty database, open. */
  open(): Promise<Database>;
  /** A new database with every migration applied, open. */
  openMigrated(): Promise<Database>;
}

/**
 * Declares the suite once per engine: always on PGlite, and also on PostgreSQL when DATABASE_URL
 * is set. One suite, two engines: the same assertions hold on both.
 */
export function describeEachEngine(title: string, body: (engine: TestEngine) => void): void {
  const serverUrl = process.env.DATABASE_URL;
  const engines: TestEngine[] = [pgliteEngine()];
  if (serverUrl) engines.push(postgresEngine(serverUrl));
  for (const engine of engines) {
    void describe(`${title} [${engine.engine}]`, () => body(engine));
  }
}

function withOpeners(engine: Engine, createTarget: () => Promise<DatabaseTarget>): TestEngine {
  const opened: Database[] = [];
  after(async () => {
    await Promise.all(opened.map((db) => db.close().catch(() => undefined)));
  });
  const open = async (): Promise<Database> => {
    const db = await openDatabase(await createTarget());
    opened.push(db);
    return db;
  };
  return {
    engine,
    createTarget,
    open,
    async openMigrated() {
      const db = await open();
      await migrate(db, await loadMigrations());
      return db;
    },
  };
}

function pgliteEngine(): TestEngine {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  return withOpeners('pglite', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'veta-test-'));
    dirs.push(dataDir);
    const template = process.env.VETA_TEST_PGLITE_TEMPLATE;
    if (template) cpSync(template, join(dataDir, 'pgdata'), { recursive: true });
    return Promise.resolve({ engine: 'pglite', dataDir });
  });
}

function postgresEngine(serverUrl: string): TestEngine {
  const names: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  after(async () => {
    if (names.length === 0) return;
    await admin(async (client) => {
      for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  });
  return withOpeners('postgres', async () => {
    const base = new URL(serverUrl);
    const name = `${base.pathname.slice(1) || 'veta'}_t${randomBytes(5).toString('hex')}`;
    names.push(name);
    await admin((client) => client.query(`CREATE DATABASE "${name}"`));
    base.pathname = `/${name}`;
    return { engine: 'postgres', url: base.toString() };
  });
}
