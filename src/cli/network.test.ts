import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADERS } from '../detect/testing/load-layout.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

describeEachEngine('veta network', (engine) => {
  it('prints the hubs, brokers and communities, and the same as JSON', async () => {
    const db = dbArgs(await engine.createTarget());
    const dir = mkdtempSync(join(tmpdir(), 'veta-network-'));
    const path = join(dir, 'PE-BENEFICIARIO-FINAL.csv');
    const owner = (ruc: string): string =>
      `${ruc};DNI;69143415;COLQUE;MEJÍA;MARTHA PATRICIA;PE;11/07/1985;PROPIEDAD;65;;23/06/2021`;
    writeFileSync(
      path,
      `${[HEADERS['PE-BENEFICIARIO-FINAL'], owner('20446685032'), owner('20104517758')].join('\n')}\n`,
    );
    assert.equal((await runVeta([...db, 'ingest', path])).code, 0);

    const text = await runVeta([...db, 'network', '--top', '1']);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /Party graph: 3 nodes, 2 edges/);
    assert.match(text.stdout, /Hubs[^\n]*\n {2}PE:DNI:69143415 [^\n]*: 2\n/);
    assert.match(text.stdout, /#\d+: 3 members, 0\.000 kg fine gold/);

    const json = await runVeta([...db, '--json', 'network']);
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout) as { brokers: { id: string; value: number }[] };
    assert.deepEqual(
      report.brokers.map((broker) => [broker.id, broker.value]),
      [['PE:DNI:69143415', 1]],
    );
  });
});
