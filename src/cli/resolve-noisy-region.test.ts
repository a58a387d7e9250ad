import { before, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

// The small region of seed 1 with every registry's error rates doubled, plus transposed and
// impossible birth dates, swapped given names and surnames, dropped maternal surnames and mistyped
// documents (src/simulate/noise.ts). Simulated once for the file; the seed sweep is bench/resolve-region.js.
const region = join(mkdtempSync(join(tmpdir(), 'veta-noisy-region-')), 'region');

before(async () => {
  const run = await runVeta(['simulate', '--seed', '1', '--noise', 'high', '--out', region]);
  assert.equal(run.code, 0, run.stderr);
});

describeEachEngine('entity resolution on a region with doubled noise', (engine) => {
  it('keeps pairwise precision, recall and F1 over persons and organisations at 0.97 or more', async () => {
    const db = dbArgs(await engine.createTarget());
    assert.equal((await runVeta([...db, 'ingest', region])).code, 0);
    const resolved = await runVeta([...db, 'resolve']);
    assert.equal(resolved.code, 0, resolved.stderr);
    const run = await runVeta([
      ...db,
      '--json',
      'evaluate-resolution',
      '--truth',
      join(region, 'truth.json'),
    ]);
    assert.equal(run.code, 0, run.stderr);
    const scores = JSON.parse(run.stdout) as {
      records: number;
      precision: number;
      recall: number;
      f1: number;
    };
    assert.ok(scores.records > 1500, JSON.stringify(scores));
    assert.ok(scores.f1 >= 0.97 && scores.precision >= 0.97 && scores.recall >= 0.97, JSON.stringify(scores));
  });
});
