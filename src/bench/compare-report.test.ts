import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCompareArguments } from './compare-arguments.js';
import { compareReport } from './compare-report.js';
import { higher, lower } from './figures.js';
import type { ResultEntry } from './result-entry.js';

function entry(sha: string, p95: number, rate: number): ResultEntry {
  return {
    benchmark: 'api',
    parameters: {},
    figures: { p95: lower(p95, 'ms'), rate: higher(rate, 'req/s') },
    commit: { sha: sha.repeat(40), dirty: sha === 'c' },
    date: '2026-12-01T10:00:00.000Z',
    machine: { cores: 2, memoryGiB: 8, cpu: 'x', node: 'v20', postgres: null },
  };
}

describe('compareReport', () => {
  it('prints each figure at REF and here with the ratio here/REF and its reading', () => {
    const lines = compareReport(entry('a', 126, 582), entry('c', 165, 415));
    assert.equal(
      lines[0],
      'api: REF aaaaaaaaa against here ccccccccc with changes, back to back on this machine',
    );
    assert.deepEqual(lines.slice(1), [
      'figure        REF  here     here/REF',
      'p95 (ms)      126   165  1.31× worse',
      'rate (req/s)  582   415  0.71× worse',
    ]);
  });

  it('adds a second REF run and its ratio to the first when there is one', () => {
    const lines = compareReport(entry('a', 100, 500), entry('c', 50, 600), entry('a', 110, 450));
    assert.match(lines[2] ?? '', /^p95 \(ms\)\s+100\s+50\s+0\.50× better\s+110\s+1\.10×$/);
    assert.match(lines[3] ?? '', /^rate \(req\/s\)\s+500\s+600\s+1\.20× better\s+450\s+0\.90×$/);
  });
});

describe('parseCompareArguments', () => {
  it('takes REF, the benchmark by any of its names, and passes the rest to the benchmark', () => {
    for (const name of ['api', 'api.js', 'bench/api.js', './bench/api.js'])
      assert.deepEqual(parseCompareArguments(['763ab6e', name, '--seconds', '5']), {
        ref: '763ab6e',
        script: 'api.js',
        benchArgs: ['--seconds', '5'],
        again: false,
      });
    assert.equal(parseCompareArguments(['--again', 'main', 'ingest']).again, true);
  });

  it('refuses a missing benchmark, an unknown option and a path outside bench/', () => {
    assert.throws(() => parseCompareArguments(['main']), /Usage/);
    assert.throws(() => parseCompareArguments(['--twice', 'main', 'api']), /Unknown option --twice/);
    assert.throws(() => parseCompareArguments(['main', '../scripts/test.js']), /Not a benchmark name/);
  });
});
