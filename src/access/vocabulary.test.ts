import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PERMISSIONS, ROLES } from './actor.js';
import { CASE_STATUSES } from '../core/case-statuses.js';
import { SEVERITIES } from '../core/severity.js';

// Severities, case statuses and roles are each written once (core/severity.ts, core/case-statuses.ts,
// access/actor.ts) and read everywhere else. This test finds a second copy in the code (a quoted list
// of two or more of their words) and checks the web app's labels name exactly the list. The
// migrations' CHECK constraints are compared with the lists in access/vocabulary-checks.test.ts.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Each list's home, and the rules written over its words (which moves follow which status, which
// role grants what): they name subsets on purpose, and the compiler checks them against the list.
const VOCABULARIES = [
  { name: 'severity', words: SEVERITIES, homes: ['src/core/severity.ts'] },
  {
    name: 'case status',
    words: CASE_STATUSES,
    homes: ['src/core/case-statuses.ts', 'src/triage/case-status.ts'],
  },
  { name: 'role', words: ROLES, homes: ['src/access/actor.ts'] },
  { name: 'permission', words: PERMISSIONS, homes: ['src/access/actor.ts'] },
] as const;

// Tests name levels on purpose; migrations are checked against the database; the web app's API
// types are generated from the OpenAPI document, which the API schemas build from these lists.
const SKIPPED = [/\.test\.tsx?$/, /^src\/store\/migrations\//, /^web\/src\/api\/generated\//, /\/testing\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|sql)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !SKIPPED.some((pattern) => pattern.test(path)));
}

/** Two or more quoted words of the list in a row, joined by commas or union bars. */
function listPattern(words: readonly string[]): RegExp {
  const word = `(['"])(?:${words.join('|')})\\1`;
  return new RegExp(`${word}(?:\\s*[,|]\\s*${word})+`, 'g');
}

/** Where each vocabulary is spelled out as a list outside its home, as file:line. */
function restatements(files: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const vocabulary of VOCABULARIES) {
    const pattern = listPattern(vocabulary.words);
    found[vocabulary.name] = files
      .filter((file) => !(vocabulary.homes as readonly string[]).includes(file))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.match(pattern) ? [`${file}:${String(i + 1)}`] : [])),
      );
  }
  return found;
}

function labels(language: string, path: readonly string[]): string[] {
  let node: unknown = JSON.parse(readFileSync(join(ROOT, `web/src/i18n/${language}.json`), 'utf8'));
  for (const key of path)
    node = typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined;
  return typeof node === 'object' && node !== null ? Object.keys(node).sort() : [];
}

describe('the vocabularies', () => {
  it('are each written once: no other list of severities, statuses, roles or permissions in the code', () => {
    const files = ['src', 'standard/src', 'web/src'].flatMap(sourceFiles);
    assert.ok(files.length > 100, 'the source files were found');
    assert.deepEqual(restatements(files), { severity: [], 'case status': [], role: [], permission: [] });
  });

  it('finds a restated list (the check above can fail)', () => {
    assert.match(`const LEVELS = ['low', 'medium', 'high', 'critical'];`, listPattern(SEVERITIES));
    assert.match(`type S = "open" | "closed";`, listPattern(CASE_STATUSES));
    assert.doesNotMatch(`severity === 'critical' ? 'high' : worse`, listPattern(SEVERITIES));
  });

  for (const language of ['en', 'es']) {
    it(`have a ${language} label for each word and none other, in the web app`, () => {
      assert.deepEqual(labels(language, ['severity']), [...SEVERITIES].sort());
      assert.deepEqual(labels(language, ['status']), [...CASE_STATUSES, 'unresolved'].sort());
      assert.deepEqual(labels(language, ['triage', 'to']), [...CASE_STATUSES].sort());
      assert.deepEqual(labels(language, ['roles']), [...ROLES].sort());
    });
  }
});
