import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { COMPRAS_HEADER, comprasLine } from '../../ingest/testing/compras-file.js';
import { recordRepository } from '../../store/records/record-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';
import { uploadSettled } from '../testing/uploads.js';

function compras(fineGrams: number): string {
  return `${COMPRAS_HEADER}\r\n${comprasLine('F001-1', fineGrams)}\r\n`;
}

describeEachEngine('POST /api/uploads of a file loaded before', (engine) => {
  it('restores an earlier version when the form asks to load it again, and says how when not', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const fineMass = async () =>
      (await recordRepository.list(db, 'MineralTransaction', 'PE-COMPRAS')).map(
        (record) => record.body.fineMassKg,
      );

    await uploadSettled(app, ana, 'PE-COMPRAS.csv', compras(100));
    await uploadSettled(app, ana, 'PE-COMPRAS.csv', compras(90));
    const ignored = await uploadSettled(app, ana, 'PE-COMPRAS.csv', compras(100));
    assert.equal(ignored.status, 'done');
    assert.match(ignored.message ?? '', /already loaded as batch \d+/);
    assert.match(ignored.message ?? '', /"Load again" in the upload form/);
    assert.deepEqual(await fineMass(), [0.09]);

    const restored = await uploadSettled(app, ana, 'PE-COMPRAS.csv', compras(100), { force: 'true' });
    assert.deepEqual([restored.status, restored.message, restored.rowsAccepted], ['done', null, 1]);
    assert.ok((restored.batchId ?? 0) > (ignored.batchId ?? 0), 'loaded as a new batch');
    assert.deepEqual(await fineMass(), [0.1], "v1's data is back");
    await app.close();
  });

  it("never shows the server's folders: an upload's state and its batch carry the file name only", async () => {
    const db = await engine.openMigrated();
    const work = mkdtempSync(join(tmpdir(), 'veta-upload-work-'));
    const app = await buildApp({ db, uploadWorkDir: work });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const done = await uploadSettled(app, ana, 'PE-COMPRAS.csv', compras(100));
    const batch = await app.inject({
      method: 'GET',
      url: `/api/batches/${String(done.batchId)}`,
      headers: ana,
    });
    assert.equal(batch.statusCode, 200, batch.body);
    const state = JSON.stringify(done);
    for (const body of [state, batch.body]) {
      assert.ok(!body.includes(tmpdir()), body);
      assert.ok(!body.includes('"path"'), body);
    }
    assert.match(batch.body, /"file":"PE-COMPRAS\.csv"/);
    const [stored] = await db.query<{ report: string }>('SELECT report::text AS report FROM ingest_batch');
    assert.ok(stored && !stored.report.includes(tmpdir()), 'the stored report has no path either');
    await app.close();
  });
});
