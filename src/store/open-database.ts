import type { Database } from './database.js';
import type { DatabaseTarget } from './database-target.js';
import { openPglite } from './pglite-database.js';
import { openPostgres } from './postgres-database.js';

/** Opens the database a target names, on its engine. */
export function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.engine === 'postgres' ? openPostgres(target.url) : openPglite(target.dataDir);
}
