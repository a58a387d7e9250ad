import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const SAMPLE = fileURLToPath(
  new URL('../../src/ingest/testing/data/MIRROR-DOTS-imf-gfi-andean-2017.csv', import.meta.url),
);

describeEachEngine('veta evaluate', (engine) => {
  it('scores the stored alerts against a truth file, prints the table and writes it as JSON', async () => {
    const db = dbArgs(await engine.createTarget());
    assert.equal((await runVeta([...db, 'ingest', '--profile', 'MIRROR-DOTS', SAMPLE])).code, 0);
    assert.equal((await runVeta([...db, 'detect', '--only', 'MIRROR_TRADE_GAP'])).code, 0);
    const dir = mkdtempSync(join(tmpdir(), 'veta-evaluate-'));
    const truth = join(dir, 'truth.json');
    const planted = (subjects: string[]): object => ({
      typology: 'MIRROR_TRADE_GAP',
      subjects,
      period: { from: '2017-01', to: '2017-12' },
      description: 'planted for the test',
    });
    // Peru-Switzerland is among the real sample's gaps; the sample holds no partner XX.
    writeFileSync(truth, JSON.stringify({ schemes: [planted(['PE', 'CH']), planted(['PE', 'XX'])] }));
    const out = join(dir, 'evaluation.json');

    const run = await runVeta([...db, 'evaluate', '--truth', truth, '--out', out]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /MIRROR_TRADE_GAP\s+active\s+2\s+1 \(50\.0 %\)\s+\d+\s+0\/0\s+\d+\.\d\d\s+0\s+\d+ \(\d+\.\d %\)\s+0\s+NOT met/,
    );
    const written = JSON.parse(readFileSync(out, 'utf8')) as {
      typologies: {
        typology: string;
        found: number;
        alerts: number;
        unmatched: number;
        alertsPerScheme: number;
        missed: { subjects: string[] }[];
      }[];
    };
    const mirror = written.typologies.find((score) => score.typology === 'MIRROR_TRADE_GAP');
    assert.equal(mirror?.found, 1);
    assert.equal(mirror?.alertsPerScheme, (mirror?.alerts ?? 0) / 2);
    assert.deepEqual(
      mirror?.missed.map((scheme) => scheme.subjects),
      [['PE', 'XX']],
    );
    // Every gap the real sample shows that is not Peru-Switzerland matches nothing planted.
    assert.ok((mirror?.unmatched ?? 0) > 0 && (mirror?.unmatched ?? 0) < (mirror?.alerts ?? 0));

    const other = await runVeta([
      ...db,
      'evaluate',
      '--truth',
      truth,
      '--out',
      out,
      '--only',
      'exporter_surge',
    ]);
    assert.equal(other.code, 0, other.stderr);
    assert.doesNotMatch(other.stdout, /MIRROR_TRADE_GAP/);
    assert.match(other.stdout, /EXPORTER_SURGE\s+active\s+0\s/);

    const missing = await runVeta([...db, 'evaluate', '--truth', join(dir, 'nope.json')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json does not exist/);
  });
});
