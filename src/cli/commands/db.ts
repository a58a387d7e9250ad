import { Command } from 'commander';
import { VetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';
import { loadMigrations } from '../../store/migrator/migration-files.js';
import { migrationStatus, resetDatabase, type MigrationStatus } from '../../store/migrator/migrator.js';
import { contextFrom, migrateWithProgress, withDatabase } from '../context.js';
import type { CliIo } from '../io.js';
import { plural, printResult } from '../output.js';

/** `veta db`: migrate, status and reset. */
export function dbCommand(io: CliIo): Command {
  const db = new Command('db').description('Manage the database: migrations, status, reset.');

  db.command('migrate')
    .description('Apply pending migrations, each in its own transaction.')
    .action(async (_options: object, command: Command) => {
      const context = contextFrom(command, io);
      await withDatabase(
        context,
        async (database) => {
          const applied = await migrateWithProgress(context, database);
          const total = (await loadMigrations()).length;
          printResult(context, { ...describe(database), applied }, () =>
            applied.length === 0
              ? `The database at ${database.location} is up to date (${plural(total, 'migration')} applied).`
              : `Applied ${plural(applied.length, 'migration')} to ${database.location}: ${applied.join(', ')}.`,
          );
        },
        { migrate: false },
      );
    });

  db.command('status')
    .description('List applied and pending migrations without changing anything.')
    .action(async (_options: object, command: Command) => {
      const context = contextFrom(command, io);
      await withDatabase(
        context,
        async (database) => {
          const migrations = await migrationStatus(database, await loadMigrations());
          const counts = countStates(migrations);
          printResult(context, { ...describe(database), ...counts, migrations }, () =>
            statusText(database, migrations, counts),
          );
        },
        { migrate: false },
      );
    });

  db.command('reset')
    .description('Drop every Veta table and record. Refuses without --yes.')
    .option('--yes', 'confirm that everything stored should be deleted')
    .action(async (options: { yes?: boolean }, command: Command) => {
      const context = contextFrom(command, io);
      if (options.yes !== true) {
        throw new VetaError(
          'CONFIRMATION_REQUIRED',
          'This deletes every table and record Veta stored in the database. Run "veta db reset --yes" to confirm.',
        );
      }
      await withDatabase(
        context,
        async (database) => {
          await resetDatabase(database);
          printResult(
            context,
            { ...describe(database), reset: true },
            () => `Dropped every Veta table in ${database.location}.`,
          );
        },
        { migrate: false },
      );
    });

  return db;
}

function describe(database: Database): { engine: string; location: string } {
  return { engine: database.engine, location: database.location };
}

function countStates(migrations: readonly MigrationStatus[]): Record<'applied' | 'pending', number> {
  return {
    applied: migrations.filter((m) => m.state === 'applied').length,
    pending: migrations.filter((m) => m.state === 'pending').length,
  };
}

function statusText(
  database: Database,
  migrations: readonly MigrationStatus[],
  counts: Record<string, number>,
): string {
  const engine = database.engine === 'pglite' ? 'embedded PGlite' : 'PostgreSQL';
  const lines = migrations.map(
    (m) => `  ${m.id} ${m.name.padEnd(32)} ${m.state}${m.appliedAt ? ` ${m.appliedAt.toISOString()}` : ''}`,
  );
  return [
    `Database: ${database.location} (${engine})`,
    ...lines,
    `${counts.applied} applied, ${counts.pending} pending.`,
  ].join('\n');
}
