#!/usr/bin/env node
// Runs every compiled test file (`*.test.js` under dist/ of each package) with node's test runner,
// prints the spec report and ends with the line `N passed, N failed` that CI sums across engines.
import { existsSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { once } from 'node:events';
import { join } from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { PGlite } from '@electric-sql/pglite';

const roots = ['dist', 'standard/dist'];
const only = process.argv.slice(2);
const files = roots
  .flatMap((root) => listFiles(root))
  .filter((file) => file.endsWith('.test.js'))
  // tsc -b leaves the output of a moved or deleted test behind: run only tests whose source exists.
  .filter((file) => hasSource(file))
  .filter((file) => only.length === 0 || only.some((part) => file.includes(part)))
  .sort();

if (files.length === 0) {
  console.error('No test files found: run "npm run build" first.');
  process.exit(1);
}

// initdb takes seconds in PGlite; every test database starts as a copy of one initialised once here.
const templateRoot = mkdtempSync(join(tmpdir(), 'veta-pglite-template-'));
const template = join(templateRoot, 'pgdata');
const seed = await PGlite.create(template);
await seed.close();
process.env.VETA_TEST_PGLITE_TEMPLATE = template;

const counts = { pass: 0, fail: 0, cancelled: 0 };
// A file that fails as a whole (a timeout, a crash at load) is not among the summary's failed
// tests: count it on its own so it cannot pass unnoticed.
let filesFailed = 0;
const stream = run({ files, concurrency: availableParallelism(), timeout: 600_000 });
stream.on('test:diagnostic', (event) => {
  if (event.nesting !== 0) return;
  // A test cancelled (a promise left pending, a timeout) did not pass: it counts as failed.
  const match = /^(pass|fail|cancelled) (\d+)$/.exec(event.message);
  if (match) counts[match[1]] = Number(match[2]);
});
stream.on('test:fail', (event) => {
  if (event.nesting === 0 && event.name.endsWith('.test.js')) filesFailed += 1;
});
const report = stream.compose(spec);
report.pipe(process.stdout, { end: false });
await once(report, 'end');

rmSync(templateRoot, { recursive: true, force: true });
const failed = counts.fail + counts.cancelled + filesFailed;
console.log(`${counts.pass} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

function listFiles(root) {
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
  } catch {
    return [];
  }
}

/** Whether dist/a/b.test.js (or standard/dist/...) still has its src/a/b.test.ts(x). */
function hasSource(file) {
  const source = file
    .replace(/^(standard\/)?dist\//, (_, standard) => `${standard ?? ''}src/`)
    .replace(/\.js$/, '');
  return existsSync(`${source}.ts`) || existsSync(`${source}.tsx`);
}
