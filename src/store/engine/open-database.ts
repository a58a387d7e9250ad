import type { Database } from './database.js';
import type { DatabaseTarget } from './database-target.js';

/**
 * Opens the database a target names, on its engine. Each engine is loaded only when used: PGlite's
 * WebAssembly and the pg driver would otherwise slow every command, even `veta --help`.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.engine === 'postgres') {
    const { openPostgres } = await import('./postgres-database.js');
    return openPostgres(target.url);
  }
  const { openPglite } = await import('./pglite-database.js');
  return openPglite(target.dataDir);
}
