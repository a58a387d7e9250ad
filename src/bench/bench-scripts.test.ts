import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const bench = new URL('../../bench/', import.meta.url);

/** Entry points in bench/ that measure nothing themselves, and why. */
const NOT_BENCHMARKS = new Map([['api-server.js', 'the API process that entity-profile.js loads']]);

const files = readdirSync(bench).filter((name) => name.endsWith('.js'));
const source = (name: string) => readFileSync(new URL(name, bench), 'utf8');
const entryPoints = files.filter((name) => source(name).startsWith('#!'));

describe('bench/ scripts', () => {
  it('each benchmark entry point records its figures under its own name', () => {
    const benchmarks = entryPoints.filter((name) => !NOT_BENCHMARKS.has(name));
    assert.ok(benchmarks.length >= 6, `only ${benchmarks.join(', ')}`);
    for (const name of benchmarks) {
      const text = source(name);
      assert.match(
        text,
        /import \{ recordResults \} from '\.\.\/dist\/bench\/record-results\.js';/,
        `${name} does not import recordResults`,
      );
      const benchmark = name.replace(/\.js$/, '');
      assert.ok(
        text.includes(`recordResults({\n  benchmark: '${benchmark}',`) ||
          text.includes(`recordResults({\n    benchmark: '${benchmark}',`),
        `${name} does not call recordResults({ benchmark: '${benchmark}', ... })`,
      );
    }
  });

  it('names as helpers only entry points that exist', () => {
    for (const name of NOT_BENCHMARKS.keys()) assert.ok(entryPoints.includes(name), name);
  });

  it('every npm bench:* script runs a recording benchmark or bench:compare', () => {
    const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', bench), 'utf8'));
    assert.ok(typeof manifest === 'object' && manifest !== null && 'scripts' in manifest);
    const scripts = Object.entries(manifest.scripts as Record<string, string>).filter(([key]) =>
      key.startsWith('bench'),
    );
    const run = scripts.flatMap(([, command]) =>
      [...command.matchAll(/node bench\/([\w-]+\.js)/g)].map((m) => m[1]),
    );
    for (const name of run) {
      assert.ok(
        name && entryPoints.includes(name) && !NOT_BENCHMARKS.has(name),
        `npm runs bench/${String(name)}`,
      );
    }
    const covered = new Set(run);
    for (const name of entryPoints.filter((file) => !NOT_BENCHMARKS.has(file)))
      assert.ok(covered.has(name), `no npm run bench:* runs bench/${name}`);
  });
});
