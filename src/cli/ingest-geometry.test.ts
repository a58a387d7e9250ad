import { it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const CADASTRE = fileURLToPath(
  new URL('../../src/ingest/profiles/fixtures/PE-CATASTRO.csv', import.meta.url),
);
const PURCHASES = fileURLToPath(
  new URL('../../src/ingest/profiles/fixtures/PE-COMPRAS.csv', import.meta.url),
);

describeEachEngine('veta ingest and mining-right geometry', (engine) => {
  it('checks the boundaries after a load that brought mining rights, and not after one that did not', async () => {
    const db = dbArgs(await engine.createTarget());
    const purchases = await runVeta([...db, 'ingest', PURCHASES]);
    assert.equal(purchases.code, 0, purchases.stderr);
    assert.doesNotMatch(purchases.stdout, /boundaries checked/);
    const cadastre = await runVeta([...db, 'ingest', CADASTRE]);
    assert.equal(cadastre.code, 0, cadastre.stderr);
    assert.match(cadastre.stdout, /Mining-right boundaries checked: [1-9]\d* rights, \d+ flagged/);
  });
});
