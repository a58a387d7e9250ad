import { it } from 'node:test';
import assert from 'node:assert/strict';
import { provenanceRepository as repo } from './provenance-repository.js';
import { describeEachEngine } from '../testing/engines.js';

const SHA = 'a'.repeat(64);

describeEachEngine('provenance', (engine) => {
  it('records a file once by its content, whatever it is called the second time', async () => {
    const db = await engine.openMigrated();
    const first = await repo.recordSourceFile(db, {
      name: 'PE-COMPRAS.csv',
      sizeBytes: 120,
      sha256: SHA,
      layout: 'PE-COMPRAS',
    });
    const again = await repo.recordSourceFile(db, {
      name: 'copia.csv',
      sizeBytes: 120,
      sha256: SHA,
      layout: null,
    });
    assert.equal(first.isNew, true);
    assert.equal(again.isNew, false);
    assert.equal(again.file.id, first.file.id);
    assert.equal(again.file.name, 'PE-COMPRAS.csv');
  });

  it('keeps a batch with its counts, report and quarantined rows, raw values intact', async () => {
    const db = await engine.openMigrated();
    const { file } = await repo.recordSourceFile(db, {
      name: 'CO-DEX.csv',
      sizeBytes: 9,
      sha256: SHA,
      layout: 'CO-DEX',
    });
    const batchId = await repo.startBatch(db, file.id, 'CO-DEX');
    const rejected = [
      {
        rowNumber: 7,
        column: 'FECHA',
        code: 'DATE_INVALID',
        message: 'FECHA "31/02/2024" is not a date',
        raw: { FECHA: '31/02/2024', RAZON_SOCIAL: 'Oro Ñeque S.A.S.' },
      },
      {
        rowNumber: 3,
        column: null,
        code: 'ROW_SHORT',
        message: 'Row has 4 of 11 columns',
        raw: { _line: 'a;b;c;d' },
      },
    ];
    await repo.quarantine(db, batchId, file.id, rejected);
    await repo.finishBatch(
      db,
      batchId,
      { rowsRead: 10, rowsAccepted: 8, rowsRejected: 2, rowsFlagged: 1 },
      { flags: { NIT_DV: 1 } },
    );
    const [batch] = await repo.listBatches(db);
    assert.ok(batch);
    assert.equal(batch.status, 'succeeded');
    assert.equal(batch.rowsRejected, 2);
    assert.ok(batch.finishedAt instanceof Date);
    assert.deepEqual(batch.report, { flags: { NIT_DV: 1 } });
    const quarantined = await repo.listQuarantine(db, batchId);
    assert.deepEqual(quarantined, [rejected[1], rejected[0]]);
  });

  it('keeps the error of a failed batch', async () => {
    const db = await engine.openMigrated();
    const { file } = await repo.recordSourceFile(db, {
      name: 'x.csv',
      sizeBytes: 1,
      sha256: SHA,
      layout: null,
    });
    const batchId = await repo.startBatch(db, file.id, 'PE-DAM');
    await repo.failBatch(db, batchId, { code: 'COLUMN_MISSING', message: 'x.csv lacks the column NUM_DAM' });
    const [batch] = await repo.listBatches(db);
    assert.ok(batch);
    assert.equal(batch.status, 'failed');
    assert.equal(batch.errorCode, 'COLUMN_MISSING');
  });

  it('refuses what the schema forbids: a bad hash, a row number of 0, a lower-case code', async () => {
    const db = await engine.openMigrated();
    await assert.rejects(repo.recordSourceFile(db, { name: 'x', sizeBytes: 1, sha256: 'XYZ', layout: null }));
    const { file } = await repo.recordSourceFile(db, {
      name: 'x.csv',
      sizeBytes: 1,
      sha256: SHA,
      layout: null,
    });
    const batchId = await repo.startBatch(db, file.id, 'PE-DAM');
    const bad = { column: null, message: 'm', raw: {} };
    await assert.rejects(repo.quarantine(db, batchId, file.id, [{ ...bad, rowNumber: 0, code: 'X' }]));
    await assert.rejects(repo.quarantine(db, batchId, file.id, [{ ...bad, rowNumber: 1, code: 'bad code' }]));
  });
});
