import type { Command } from 'commander';
import { createLogger, LOG_LEVELS, type Logger, type LogLevel } from '../core/logger.js';
import { createProgress, silentProgress } from '../core/progress.js';
import { VetaError } from '../core/veta-error.js';
import type { Database } from '../store/engine/database.js';
import { resolveDatabaseTarget, type DatabaseTarget } from '../store/engine/database-target.js';
import { loadMigrations } from '../store/migrator/migration-files.js';
import { migrate } from '../store/migrator/migrator.js';
import { openDatabase } from '../store/engine/open-database.js';
import type { CliIo } from './io.js';

/** The global options every command shares, resolved once per run. */
export interface CliContext {
  io: CliIo;
  json: boolean;
  target: DatabaseTarget;
  logger: Logger;
}

interface GlobalOptions {
  db?: string;
  json?: boolean;
  logLevel?: string;
  logFile?: string;
}

/** Builds the context from a command's options, including those given before the command name. */
export function contextFrom(command: Command, io: CliIo): CliContext {
  const options = command.optsWithGlobals<GlobalOptions>();
  const level = options.logLevel ?? io.env.VETA_LOG_LEVEL ?? (options.logFile ? 'info' : 'silent');
  if (!isLogLevel(level)) {
    throw new VetaError('USAGE', `Log level "${level}" is not one of ${LOG_LEVELS.join(', ')}.`);
  }
  return {
    io,
    json: options.json === true,
    target: resolveDatabaseTarget(options.db, io.env),
    logger: createLogger({ level, file: options.logFile ?? io.env.VETA_LOG_FILE }),
  };
}

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/**
 * Opens the database, brings it up to date and runs `work` on it, closing it afterwards. Every
 * command that reads or writes data goes through here, so none ever runs on an old schema.
 */
export async function withDatabase<T>(
  context: CliContext,
  work: (db: Database) => Promise<T>,
  options: { migrate: boolean } = { migrate: true },
): Promise<T> {
  const db = await openDatabase(context.target);
  context.logger.debug({ engine: db.engine, location: db.location }, 'database opened');
  try {
    if (options.migrate) await migrateWithProgress(context, db);
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Applies pending migrations, showing progress on stderr when there are any. */
export async function migrateWithProgress(context: CliContext, db: Database): Promise<string[]> {
  const migrations = await loadMigrations();
  let progress = silentProgress;
  const applied = await migrate(db, migrations, {
    onStart: (migration, index, count) => {
      if (index === 0) {
        progress = createProgress({
          label: 'Migrating',
          total: count,
          unit: 'migrations',
          stream: context.io.stderr,
        });
      }
      context.logger.info({ migration: migration.file }, 'applying migration');
    },
    onApplied: () => progress.increment(),
  });
  progress.done();
  return applied.map((migration) => migration.file);
}
