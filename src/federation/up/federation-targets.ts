import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { VetaError } from '../../core/veta-error.js';
import type { DatabaseTarget } from '../../store/engine/database-target.js';

/**
 * Where each member of a simulated federation keeps its database: a PGlite folder OUT/<member>,
 * or, given a PostgreSQL database D, a database D_<member> on the same server. Nothing is reused:
 * a member's database that exists already is an error, never overwritten.
 */
export async function federationTarget(
  out: string,
  member: string,
  serverUrl: string | undefined,
): Promise<DatabaseTarget> {
  const name = member.toLowerCase();
  if (serverUrl === undefined) {
    const dataDir = join(out, name);
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
      throw new VetaError(
        'CONFLICT',
        `${dataDir} already holds a database; choose another --dir for a new federation.`,
      );
    return { engine: 'pglite', dataDir };
  }
  const base = new URL(serverUrl);
  const database = memberDatabase(base.pathname.slice(1), member);
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount !== 0)
      throw new VetaError(
        'CONFLICT',
        `Database ${database} already exists on ${base.host}; drop it or point DATABASE_URL at another name for a new federation.`,
      );
    await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  base.pathname = `/${database}`;
  return { engine: 'postgres', url: base.toString() };
}

/** The hub's member name beside the countries' codes. */
export const HUB_MEMBER = 'hub';

/** The database of a federation member beside database `base` on a PostgreSQL server. */
export function memberDatabase(base: string, member: string): string {
  return `${base || 'veta'}_${member.toLowerCase()}`;
}
