import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeLongFile } from '../ingest/readers/testing/long-file.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

let singleLine = '';
let shortLine = '';

before(async () => {
  // The file of the report: 200 MB on one line, that ran the heap out and ended `veta ingest` with 134.
  singleLine = await writeLongFile('PE-COMPRAS.csv', {
    head: 'FECHA;RUC',
    piece: ';',
    bytes: 200 * 1024 * 1024,
  });
  shortLine = await writeLongFile('PE-COMPRAS.csv', { head: 'FECHA;RUC', piece: ';', bytes: 10_000 });
});

after(() => {
  for (const path of [singleLine, shortLine]) rmSync(dirname(path), { recursive: true, force: true });
});

describeEachEngine('veta ingest past a read limit', (engine) => {
  it('fails a 200 MB single-line CSV with exit 1 and a message naming the limit, not a crash', async () => {
    const db = dbArgs(await engine.createTarget());
    const run = await runVeta([...db, 'ingest', singleLine, '--json']);
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stderr, /FATAL ERROR|heap/i);
    const [report] = (
      JSON.parse(run.stdout) as { files: { status: string; error: { code: string; message: string } }[] }
    ).files;
    assert.equal(report?.status, 'failed');
    assert.equal(report.error.code, 'READ_LIMIT');
    assert.match(
      report.error.message,
      /^PE-COMPRAS\.csv was not loaded: line 1 is too long, .* raise VETA_MAX_RECORD_CHARS/,
    );
  });

  it('takes the limit from the environment, and refuses a setting that is not a number with exit 2', async () => {
    const db = dbArgs(await engine.createTarget());
    const lowered = await runVeta([...db, 'ingest', shortLine], { VETA_MAX_RECORD_CHARS: '1000' });
    assert.equal(lowered.code, 1, lowered.stderr);
    assert.match(lowered.stdout, /past the limit of 1,000 characters in one CSV record/);
    const invalid = await runVeta([...db, 'ingest', shortLine], { VETA_MAX_RECORD_CHARS: 'lots' });
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /VETA_MAX_RECORD_CHARS="lots" is not a positive whole number/);
  });
});
