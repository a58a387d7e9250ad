import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changeLine, comparisonReport, lastComparable } from './comparison.js';
import { higher, lower } from './figures.js';
import type { MachineFacts, ResultEntry } from './result-entry.js';

const machine: MachineFacts = {
  cores: 2,
  memoryGiB: 7.8,
  cpu: 'AMD EPYC',
  node: 'v20.19.0',
  postgres: '15.4',
};

function entry(
  sha: string,
  p95: number,
  changes: {
    benchmark?: string;
    machine?: Partial<MachineFacts>;
    parameters?: ResultEntry['parameters'];
  } = {},
): ResultEntry {
  return {
    benchmark: changes.benchmark ?? 'api',
    parameters: changes.parameters ?? { connections: 50, seconds: 20 },
    figures: { 'alert list p95': lower(p95, 'ms'), 'alert list req/s': higher(400, 'req/s') },
    commit: { sha: sha.padEnd(40, '0'), dirty: false },
    date: '2026-12-01T10:00:00.000Z',
    machine: { ...machine, ...changes.machine },
  };
}

describe('lastComparable', () => {
  const now = entry('f', 120);

  it('takes the last entry of the same benchmark, parameters and machine facts', () => {
    const earlier = [entry('a', 100), entry('b', 165), entry('c', 90, { benchmark: 'entity-profile' })];
    assert.equal(lastComparable(earlier, now)?.commit.sha, 'b'.padEnd(40, '0'));
  });

  it('ignores later entries from a machine that differs in any fact', () => {
    const differing: Partial<MachineFacts>[] = [
      { cores: 4 },
      { memoryGiB: 15.6 },
      { cpu: 'Intel Xeon' },
      { node: 'v22.1.0' },
      { postgres: '16.2' },
      { postgres: null },
    ];
    const earlier = [entry('a', 165), ...differing.map((facts) => entry('d', 50, { machine: facts }))];
    assert.equal(lastComparable(earlier, now)?.commit.sha, 'a'.padEnd(40, '0'));
  });

  it('ignores later entries measured with other parameters', () => {
    const earlier = [
      entry('a', 165),
      entry('d', 50, { parameters: { connections: 10, seconds: 20 } }),
      entry('e', 50, { parameters: { connections: 50, seconds: 20, givenDatabase: true } }),
    ];
    assert.equal(lastComparable(earlier, now)?.commit.sha, 'a'.padEnd(40, '0'));
  });

  it('finds nothing when no entry matches', () => {
    assert.equal(lastComparable([entry('a', 1, { benchmark: 'ingest' })], now), undefined);
    assert.deepEqual(comparisonReport(now, undefined), [
      'No earlier api result with the same parameters on a machine with the same facts: nothing to compare.',
    ]);
  });
});

describe('changeLine', () => {
  it('gives before, after, the ratio and whether it is better for a lower-is-better figure', () => {
    assert.equal(
      changeLine('alert list p95', lower(120, 'ms'), lower(165, 'ms')),
      'alert list p95 (ms): 165 → 120 (0.73×, better)',
    );
    assert.equal(
      changeLine('alert list p95', lower(165, 'ms'), lower(120, 'ms')),
      'alert list p95 (ms): 120 → 165 (1.38×, worse)',
    );
  });

  it('reads a higher-is-better figure the other way round', () => {
    assert.equal(
      changeLine('alert list req/s', higher(415, 'req/s'), higher(582, 'req/s')),
      'alert list req/s (req/s): 582 → 415 (0.71×, worse)',
    );
    assert.equal(
      changeLine('F1', higher(0.97, 'pairwise'), higher(0.97, 'pairwise')),
      'F1 (pairwise): 0.97 → 0.97 (1.00×, same)',
    );
  });

  it('says when the earlier run lacked the figure or it was zero', () => {
    assert.equal(changeLine('p99', lower(7, 'ms'), undefined), 'p99 (ms): 7 (not measured before)');
    assert.equal(
      changeLine('non-2xx', lower(3, 'responses'), lower(0, 'responses')),
      'non-2xx (responses): 0 → 3 (n/a, worse)',
    );
  });

  it('reports every figure of the run under a heading naming the earlier commit', () => {
    const lines = comparisonReport(entry('f', 120), entry('b', 165));
    assert.match(lines[0] ?? '', /^Against the last api result on this machine \(b00000000, 2026-12-01/);
    assert.deepEqual(lines.slice(1), [
      '  alert list p95 (ms): 165 → 120 (0.73×, better)',
      '  alert list req/s (req/s): 400 → 400 (1.00×, same)',
    ]);
  });
});
