import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's src/ folder: sources are read there, as tsc copies no .sql and dist/ has no comments to strip. */
export const SRC_DIR = fileURLToPath(new URL('../../../src/', import.meta.url));

/** A source file a detector's results depend on: its path under src/ and its text in normal form. */
export interface DetectorSource {
  path: string;
  text: string;
}

// Value imports and re-exports (`import type` declares no logic); multi-line import lists included.
const IMPORT = /^(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.[^']+)';/gms;
const DETECTOR_SQL = /detectorSql\(\s*'([^']+)'\s*\)/g;
const SQL_TEXT = /sqlText\(\s*'([^']+)'\s*\)/g;

/** The module of a detector, by the naming rule: SHELL_COMPANY lives in detect/detectors/shell-company.ts. */
export function detectorModule(code: string): string {
  return `detect/detectors/${code.toLowerCase().replaceAll('_', '-')}.ts`;
}

/**
 * Every file under src/ a detector's results can depend on: its module, the modules it imports for
 * their values (transitively) and the .sql files they read. Workspace packages (@veta/standard) and
 * SQL functions defined by migrations are outside and not followed.
 */
export function detectorSources(code: string, srcDir: string = SRC_DIR): DetectorSource[] {
  const seen = new Map<string, DetectorSource>();
  const pending = [detectorModule(code)];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue;
    const raw = readFileSync(join(srcDir, path), 'utf8');
    seen.set(path, { path, text: normalForm(raw, path.endsWith('.sql') ? 'sql' : 'ts') });
    if (path.endsWith('.sql')) continue;
    pending.push(...dependencies(raw, path, srcDir));
  }
  return [...seen.values()].sort((a, b) => a.path.localeCompare(b.path));
}

function dependencies(source: string, path: string, srcDir: string): string[] {
  const found: string[] = [];
  for (const [, typeOnly, names, target] of source.matchAll(IMPORT)) {
    if (typeOnly || !target || allTypes(names ?? '')) continue;
    const resolved = relative(srcDir, join(srcDir, dirname(path), target.replace(/\.js$/, '.ts')));
    if (existsSync(join(srcDir, resolved))) found.push(resolved);
  }
  for (const [, name] of source.matchAll(DETECTOR_SQL)) if (name) found.push(`detect/detectors/${name}.sql`);
  for (const [, path] of source.matchAll(SQL_TEXT)) if (path) found.push(path);
  return found;
}

/** `{ type A, type B }` imports only types, like `import type`. */
function allTypes(names: string): boolean {
  const list = /^\{([^}]*)\}$/s.exec(names.trim())?.[1];
  if (list === undefined) return false;
  const items = list
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length > 0 && items.every((item) => item.startsWith('type '));
}

/**
 * A source without its comments and with whitespace collapsed, so rewording a comment or reflowing
 * a line leaves the fingerprint alone while any change to code or SQL moves it.
 */
export function normalForm(text: string, language: 'ts' | 'sql'): string {
  const lineComment = language === 'sql' ? /(^|\s)--.*$/gm : /(^|\s)\/\/.*$/gm;
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(lineComment, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
