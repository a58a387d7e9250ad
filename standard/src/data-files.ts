import { readFileSync } from 'node:fs';

// Data ships beside dist/ in the published package (`files` includes `data`), so paths resolve
// from this module's compiled location, never from the working directory.
const DATA_ROOT = new URL('../data/', import.meta.url);

/** Reads a UTF-8 text file from the package's data folder. */
export function readDataText(relativePath: string): string {
  return readFileSync(new URL(relativePath, DATA_ROOT), 'utf8');
}

/** Reads and parses a JSON file from the package's data folder. */
export function readDataJson(relativePath: string): unknown {
  return JSON.parse(readDataText(relativePath)) as unknown;
}

/** Absolute path of the package's data folder, for tools that list its files. */
export function dataDirectory(relativePath = ''): URL {
  return new URL(relativePath, DATA_ROOT);
}
