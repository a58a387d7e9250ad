import { VetaError } from '../../core/veta-error.js';
import { VETA_SCHEMA, type Database, type Queryable } from '../engine/database.js';
import type { Migration } from './migration-files.js';

export type MigrationState = 'applied' | 'pending' | 'changed' | 'unknown';

/** A migration as the database sees it: applied, pending, edited since it ran, or unknown to this code. */
export interface MigrationStatus {
  id: string;
  name: string;
  state: MigrationState;
  appliedAt: Date | null;
}

interface AppliedRow {
  id: string;
  name: string;
  checksum: string;
  applied_at: Date;
}

export interface MigrateEvents {
  onStart?(migration: Migration, index: number, count: number): void;
  onApplied?(migration: Migration, durationMs: number): void;
}

// Serialises migrators on a shared server: two `veta` processes starting together apply each file once.
const MIGRATION_LOCK = `SELECT pg_advisory_xact_lock(hashtext('${VETA_SCHEMA}.migrate'))`;

const BOOTSTRAP = `
  CREATE SCHEMA IF NOT EXISTS ${VETA_SCHEMA};
  CREATE TABLE IF NOT EXISTS ${VETA_SCHEMA}.schema_migration (
    id text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    duration_ms integer NOT NULL
  );`;

/** Lists every migration, known or found in the database, with its state. Changes nothing. */
export async function migrationStatus(
  db: Database,
  migrations: readonly Migration[],
): Promise<MigrationStatus[]> {
  const applied = await readApplied(db);
  const statuses: MigrationStatus[] = migrations.map((migration) => {
    const row = applied.get(migration.id);
    if (!row) return { id: migration.id, name: migration.name, state: 'pending', appliedAt: null };
    const state = row.checksum === migration.checksum ? 'applied' : 'changed';
    return { id: migration.id, name: migration.name, state, appliedAt: row.applied_at };
  });
  for (const row of applied.values()) {
    if (!migrations.some((migration) => migration.id === row.id)) {
      statuses.push({ id: row.id, name: row.name, state: 'unknown', appliedAt: row.applied_at });
    }
  }
  return statuses.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Applies the pending migrations in order, each in its own transaction together with its record,
 * so a failure or a killed process leaves that migration wholly unapplied. Returns those applied.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[],
  events: MigrateEvents = {},
): Promise<Migration[]> {
  await db.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK);
    await tx.exec(BOOTSTRAP);
  });
  const statuses = await migrationStatus(db, migrations);
  refuseDrift(statuses);
  const pending = new Set(statuses.filter((status) => status.state === 'pending').map((status) => status.id));
  const toApply = migrations.filter((migration) => pending.has(migration.id));
  const applied: Migration[] = [];
  for (const [index, migration] of toApply.entries()) {
    events.onStart?.(migration, index, toApply.length);
    const started = performance.now();
    const ran = await db.transaction((tx) => applyOne(tx, migration, started));
    if (ran) applied.push(migration);
    events.onApplied?.(migration, performance.now() - started);
  }
  return applied;
}

async function applyOne(tx: Queryable, migration: Migration, started: number): Promise<boolean> {
  await tx.query(MIGRATION_LOCK);
  const done = await tx.query(`SELECT 1 FROM ${VETA_SCHEMA}.schema_migration WHERE id = $1`, [migration.id]);
  if (done.length > 0) return false; // another process applied it while we waited for the lock
  try {
    await tx.exec(migration.sql);
  } catch (error) {
    throw new VetaError(
      'MIGRATION_FAILED',
      `Migration ${migration.file} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}. The database is as it was before it; fix the cause and run "veta db migrate" again.`,
      { cause: error },
    );
  }
  await tx.query(
    `INSERT INTO ${VETA_SCHEMA}.schema_migration (id, name, checksum, duration_ms) VALUES ($1, $2, $3, $4)`,
    [migration.id, migration.name, migration.checksum, Math.round(performance.now() - started)],
  );
  return true;
}

function refuseDrift(statuses: readonly MigrationStatus[]): void {
  const changed = statuses.find((status) => status.state === 'changed');
  if (changed) {
    throw new VetaError(
      'MIGRATION_CHANGED',
      `Migration ${changed.id}_${changed.name} was edited after it was applied. Migrations are forward-only: restore the file and put the change in a new migration.`,
    );
  }
  const unknown = statuses.find((status) => status.state === 'unknown');
  if (unknown) {
    throw new VetaError(
      'MIGRATION_UNKNOWN',
      `The database has migration ${unknown.id}_${unknown.name}, which this version of Veta does not know: it was written by a newer Veta. Upgrade Veta before using this database.`,
    );
  }
}

async function readApplied(db: Queryable): Promise<Map<string, AppliedRow>> {
  const [exists] = await db.query<{ found: boolean }>(
    `SELECT to_regclass('${VETA_SCHEMA}.schema_migration') IS NOT NULL AS found`,
  );
  if (!exists?.found) return new Map();
  const rows = await db.query<AppliedRow>(
    `SELECT id, name, checksum, applied_at FROM ${VETA_SCHEMA}.schema_migration ORDER BY id`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Drops everything Veta stored: its schema with every table, and the record of migrations. */
export async function resetDatabase(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK);
    await tx.exec(`DROP SCHEMA IF EXISTS ${VETA_SCHEMA} CASCADE`);
  });
}
