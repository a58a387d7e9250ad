import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createProgress, describeProgress } from './progress.js';
import { formatDuration } from './duration.js';

describe('describeProgress', () => {
  it('gives counts, percentage, rate and time left while work goes on', () => {
    const line = describeProgress({ label: 'PE-COMPRAS.csv', total: 5000, unit: 'rows' }, 1200, 2);
    assert.equal(line, 'PE-COMPRAS.csv: 1,200/5,000 rows (24%), 600 rows/s, about 6.3 s left');
  });

  it('gives the time taken once the work is complete', () => {
    const line = describeProgress({ label: 'migrations', total: 3, unit: 'files' }, 3, 1.5);
    assert.equal(line, 'migrations: 3/3 files (100%), 2.0 files/s, took 1.5 s');
  });

  it('says only the count before anything is done', () => {
    assert.equal(describeProgress({ label: 'x', total: 10, unit: 'rows' }, 0, 0), 'x: 0/10 rows (0%)');
  });
});

describe('formatDuration', () => {
  it('picks a unit a person reads at a glance', () => {
    assert.equal(formatDuration(0.25), '250 ms');
    assert.equal(formatDuration(42), '42 s');
    assert.equal(formatDuration(200), '3 min 20 s');
    assert.equal(formatDuration(7500), '2 h 5 min');
  });
});

describe('createProgress off a terminal', () => {
  it('writes plain lines at most once per interval, and always at the end', () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    let clock = 0;
    const progress = createProgress({
      label: 'rows',
      total: 100,
      unit: 'rows',
      stream,
      intervalSeconds: 5,
      now: () => clock,
    });
    for (let i = 1; i <= 100; i++) {
      clock += 100; // 0.1 s per row: a line every 50 rows
      progress.update(i);
    }
    progress.done();
    const lines = chunks.join('').trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? '', /^rows: 50\/100 rows \(50%\), 10 rows\/s, about 5\.0 s left$/);
    assert.match(lines[2] ?? '', /took 10 s$/);
  });
});
