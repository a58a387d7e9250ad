import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { commitFacts } from './commit-facts.js';
import { higher, lower } from './figures.js';
import { recordResults } from './record-results.js';
import { isResultEntry, readEntries, RESULTS_FILE_VARIABLE, resultsPath } from './results-file.js';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'veta-bench-results-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function record(file: string, p95: number, lines: string[] = []) {
  return recordResults({
    benchmark: 'api',
    parameters: { connections: 50, seconds: 20 },
    figures: { 'alert list p95': lower(p95, 'ms'), 'alert list req/s': higher(415, 'req/s') },
    postgres: '15.4',
    repository,
    file,
    print: (line) => lines.push(line),
  });
}

describe('recordResults', () => {
  it('appends one well-formed JSON line with the figures, commit, date and machine facts', () => {
    const file = join(scratch, 'one.jsonl');
    record(file, 165);
    const lines = readFileSync(file, 'utf8').split('\n');
    assert.equal(lines.length, 2);
    assert.equal(lines[1], '');
    const parsed: unknown = JSON.parse(lines[0] ?? '');
    assert.ok(isResultEntry(parsed));
    assert.equal(parsed.benchmark, 'api');
    assert.deepEqual(parsed.parameters, { connections: 50, seconds: 20 });
    assert.deepEqual(parsed.figures['alert list p95'], { value: 165, unit: 'ms', higherIsBetter: false });
    assert.deepEqual(parsed.figures['alert list req/s'], { value: 415, unit: 'req/s', higherIsBetter: true });
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repository, encoding: 'utf8' }).trim();
    assert.match(parsed.commit.sha ?? '', /^[0-9a-f]{40}$/);
    assert.equal(parsed.commit.sha, head);
    assert.equal(typeof parsed.commit.dirty, 'boolean');
    assert.equal(new Date(parsed.date).toISOString(), parsed.date);
    assert.ok(Date.now() - Date.parse(parsed.date) < 60_000);
    assert.equal(parsed.machine.cores, availableParallelism());
    assert.ok(parsed.machine.memoryGiB > 0);
    assert.ok(parsed.machine.cpu.length > 0);
    assert.equal(parsed.machine.node, process.version);
    assert.equal(parsed.machine.postgres, '15.4');
    assert.equal(parsed.harness, undefined);
  });

  it('prints each figure against the previous run of the same benchmark on this machine', () => {
    const file = join(scratch, 'two.jsonl');
    const first: string[] = [];
    record(file, 165, first);
    assert.ok(first.some((line) => line.startsWith('No earlier api result')));
    const second: string[] = [];
    record(file, 120, second);
    assert.ok(second.includes('  alert list p95 (ms): 165 → 120 (0.73×, better)'), second.join('\n'));
    assert.equal(readEntries(file).entries.length, 2);
  });

  it('leaves out a figure that is not a number, saying so, and keeps the rest', () => {
    const file = join(scratch, 'nan.jsonl');
    const lines: string[] = [];
    const entry = recordResults({
      benchmark: 'ingest',
      parameters: {},
      figures: { 'pglite rows/s': higher(9000, 'rows/s'), 'pglite peak memory': lower(Number.NaN, 'MB') },
      postgres: null,
      repository,
      file,
      print: (line) => lines.push(line),
    });
    assert.deepEqual(Object.keys(entry.figures), ['pglite rows/s']);
    assert.ok(lines.includes('Not recorded: pglite peak memory (NaN) is not a number.'));
    assert.equal(readEntries(file).entries[0]?.machine.postgres, null);
  });

  it('skips lines of the file that are not entries rather than failing the run', () => {
    const file = join(scratch, 'mixed.jsonl');
    appendFileSync(file, '<<<<<<< HEAD\n{"benchmark":"api"}\n');
    const lines: string[] = [];
    record(file, 100, lines);
    const { entries, skipped } = readEntries(file);
    assert.equal(entries.length, 1);
    assert.equal(skipped, 2);
    assert.ok(lines.includes('(2 line(s) of it are not results and were ignored.)'));
  });
});

describe('resultsPath', () => {
  it('is the repository bench/results.jsonl unless VETA_BENCH_RESULTS names another file', () => {
    assert.equal(resultsPath({}), join(repository, 'bench', 'results.jsonl'));
    assert.equal(
      resultsPath({ [RESULTS_FILE_VARIABLE]: join(scratch, 'x.jsonl') }),
      join(scratch, 'x.jsonl'),
    );
  });
});

describe('commitFacts', () => {
  it('names the commit and counts changes as dirty, all but the results file', () => {
    const repo = join(scratch, 'repo');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: repo,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'a.txt'), 'a');
    execFileSync('mkdir', ['-p', join(repo, 'bench')]);
    const results = join(repo, 'bench', 'results.jsonl');
    writeFileSync(results, '');
    git('add', 'a.txt', 'bench/results.jsonl');
    git('commit', '-q', '-m', 'first');
    assert.deepEqual(commitFacts(repo, results), { sha: git('rev-parse', 'HEAD'), dirty: false });
    writeFileSync(results, '{}\n');
    assert.equal(commitFacts(repo, results).dirty, false);
    writeFileSync(join(repo, 'a.txt'), 'b');
    assert.equal(commitFacts(repo, results).dirty, true);
    assert.deepEqual(commitFacts(scratch, results), { sha: null, dirty: null });
  });
});
