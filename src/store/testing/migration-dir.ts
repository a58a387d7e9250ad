import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a folder of migration files (name -> SQL) for a test and returns its path. */
export function writeMigrationDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'veta-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}
