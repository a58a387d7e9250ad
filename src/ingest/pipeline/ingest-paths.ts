import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { VetaError } from '../../core/veta-error.js';

// The formats the readers know; anything else in a folder (notes, truth files, archives) is not data.
const DATA_FILE = /\.(csv|txt|xlsx|geojson)$/i;

/** Expands files and folders (recursively, in name order) into the data files to load. */
export async function listDataFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new VetaError('PATH_NOT_FOUND', `${path} does not exist. Check the path and try again.`);
    if (info.isFile()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && DATA_FILE.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    files.push(...found);
  }
  return files;
}
