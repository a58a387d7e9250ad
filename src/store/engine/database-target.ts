import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VetaError } from '../../core/veta-error.js';

/** Which engine to open, and where: decided from --db, DATABASE_URL and VETA_DATA_DIR. */
export type DatabaseTarget = { engine: 'pglite'; dataDir: string } | { engine: 'postgres'; url: string };

export const DEFAULT_DATA_DIR = './.veta';

/**
 * Picks the database: an explicit `--db` first, then `DATABASE_URL`, else the embedded engine in
 * `VETA_DATA_DIR` (default ./.veta). `file:` URLs name an embedded data folder.
 */
export function resolveDatabaseTarget(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): DatabaseTarget {
  const url = nonEmpty(flag) ?? nonEmpty(env.DATABASE_URL);
  if (url === undefined)
    return { engine: 'pglite', dataDir: resolve(nonEmpty(env.VETA_DATA_DIR) ?? DEFAULT_DATA_DIR) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { engine: 'postgres', url };
  if (/^file:/i.test(url)) return { engine: 'pglite', dataDir: fileURLToPath(url) };
  throw new VetaError(
    'DB_URL_INVALID',
    `"${url}" is not a database address Veta understands. Use postgres://user@host:5432/db for a server, or file:///path/to/folder for the embedded database.`,
  );
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
