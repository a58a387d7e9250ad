import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VetaError } from '../../core/veta-error.js';

/** One forward-only migration: a file `NNNN_name.sql` run once, in its own transaction. */
export interface Migration {
  id: string;
  name: string;
  file: string;
  sql: string;
  /** SHA-256 of the file, so an applied migration that was edited afterwards is noticed. */
  checksum: string;
}

/** The migrations shipped with Veta: SQL files kept beside the code, not compiled. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../src/store/migrations/', import.meta.url));

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/** Reads every migration in `dir`, in order, refusing files that break the naming rule. */
export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  } catch (error) {
    throw new VetaError(
      'MIGRATIONS_UNREADABLE',
      `The migrations folder ${dir} cannot be read; reinstall Veta.`,
      { cause: error },
    );
  }
  const migrations: Migration[] = [];
  for (const file of names) {
    const match = FILE_PATTERN.exec(file);
    if (!match?.[1] || !match[2]) {
      throw new VetaError(
        'MIGRATIONS_UNREADABLE',
        `Migration file ${file} in ${dir} must be named NNNN_lower_case_name.sql; rename it.`,
      );
    }
    const sql = await readFile(join(dir, file), 'utf8');
    const checksum = createHash('sha256').update(sql).digest('hex');
    migrations.push({ id: match[1], name: match[2], file, sql, checksum });
  }
  const ids = migrations.map((migration) => migration.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) {
    throw new VetaError(
      'MIGRATIONS_UNREADABLE',
      `Two migration files in ${dir} share the number ${duplicate}.`,
    );
  }
  return migrations;
}
