import { it } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/engine/database.js';
import { provenanceRepository } from '../../store/records/provenance-repository.js';
import { recordRepository } from '../../store/records/record-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { comprasLine, writeComprasFile } from '../testing/compras-file.js';
import { ingestFile, type IngestOptions } from './ingest-file.js';

const OPTIONS: IngestOptions = { profiles: loadProfiles(), logger: silentLogger(), today: '2026-11-26' };

async function counts(db: Database): Promise<Record<string, number>> {
  const [row] = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM mineral_transaction) AS purchases, (SELECT count(*)::int FROM party) AS parties,
            (SELECT count(*)::int FROM quarantine) AS quarantined, (SELECT count(*)::int FROM ingest_batch) AS batches,
            (SELECT count(*)::int FROM source_file) AS files`,
  );
  return row ?? {};
}

describeEachEngine('ingestFile', (engine) => {
  it('accounts for every row: accepted, rejected with reasons, flagged, duplicates', async () => {
    const db = await engine.openMigrated();
    const path = writeComprasFile([
      comprasLine('F001-1', 100),
      comprasLine('F001-2', 50, { date: '31/02/2024' }),
      comprasLine('F001-3', 25, { seller: '20131312954' }),
      comprasLine('F001-1', 101),
      'truncated;line',
    ]);
    const report = await ingestFile(db, path, OPTIONS);
    assert.equal(report.status, 'loaded', report.error?.message);
    assert.equal(report.rowsRead, 5);
    assert.equal(report.rowsAccepted, 2);
    assert.equal(report.rowsRejected, 3);
    // Counted from what was stored, not from the report: rows with records plus quarantined rows.
    const [accounted] = await db.query<{ kept: number; quarantined: number }>(
      `SELECT (SELECT count(DISTINCT row_number)::int FROM mineral_transaction WHERE batch_id = $1) AS kept,
              (SELECT count(DISTINCT row_number)::int FROM quarantine WHERE batch_id = $1) AS quarantined`,
      [report.batchId],
    );
    assert.deepEqual(accounted, { kept: 2, quarantined: 3 });
    const [batch] = await provenanceRepository.listBatches(db);
    assert.ok((batch?.report as { durationMs: number }).durationMs > 0, 'the stored report has its timing');
    assert.deepEqual(report.rejectedByCode, { DATE_INVALID: 1, DUPLICATE_KEY: 1, ROW_SHORT: 1 });
    assert.deepEqual(report.flagsByCode, { RUC_CHECK_DIGIT: 1 });
    assert.deepEqual(report.recordsByType, { Party: 2, MineralTransaction: 2 });

    const stored = await recordRepository.list(db, 'MineralTransaction', 'PE-COMPRAS');
    assert.deepEqual(
      stored.map((record) => [record.id, record.body.fineMassKg, record.rowNumber]),
      [
        ['PE:COMPRA:20131312955:10412345679:F001-1', 0.101, 5],
        ['PE:COMPRA:20131312955:20131312954:F001-3', 0.025, 4],
      ],
    );
    const quarantined = await provenanceRepository.listQuarantine(db, report.batchId ?? 0);
    assert.deepEqual(
      quarantined.map((row) => [row.rowNumber, row.code, row.column]),
      [
        [2, 'DUPLICATE_KEY', null],
        [3, 'DATE_INVALID', 'FECHA'],
        [6, 'ROW_SHORT', 'RUC_VENDEDOR'],
      ],
    );
    assert.equal(quarantined[1]?.raw.FECHA, '31/02/2024');
    assert.match(
      quarantined[0]?.message ?? '',
      /Row 2 has the same key \(PE:COMPRA:20131312955:10412345679:F001-1\) as row 5/,
    );
  });

  it('keeps every ownership link of one person who owns several companies', async () => {
    const db = await engine.openMigrated();
    const header =
      'RUC_PERSONA_JURIDICA;TIPO_DOC;NUM_DOC;APELLIDO_PATERNO;APELLIDO_MATERNO;NOMBRES;NACIONALIDAD;FECHA_NACIMIENTO;CRITERIO;PORCENTAJE;RUC_INTERMEDIARIO;FECHA_DECLARACION';
    const owner = 'DNI;41234567;QUISPE;MAMANI;ROSA;PE;12/05/1970;PROPIEDAD;60;;10/01/2024';
    const path = writeComprasFile([], 'PE-BENEFICIARIO-FINAL.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, `${[header, `20131312955;${owner}`, `20100047218;${owner}`].join('\n')}\n`);
    const report = await ingestFile(db, path, OPTIONS);
    assert.equal(report.rowsRejected, 0, JSON.stringify(report.rejectedByCode));
    assert.deepEqual(report.recordsByType, { Party: 1, Relationship: 2 });
  });

  it('does nothing the second time the same bytes are loaded', async () => {
    const db = await engine.openMigrated();
    const path = writeComprasFile([comprasLine('F001-1', 100)]);
    await ingestFile(db, path, OPTIONS);
    const before = await counts(db);
    const again = await ingestFile(db, path, OPTIONS);
    assert.equal(again.status, 'skipped');
    assert.match(again.message ?? '', /already loaded as batch \d+/);
    assert.deepEqual(await counts(db), before);
  });

  it('lets a corrected version replace what the earlier one said, by natural key', async () => {
    const db = await engine.openMigrated();
    await ingestFile(db, writeComprasFile([comprasLine('F001-1', 100), comprasLine('F001-2', 40)]), OPTIONS);
    const corrected = await ingestFile(db, writeComprasFile([comprasLine('F001-1', 90)]), OPTIONS);
    assert.equal(corrected.recordsReplaced, 2); // the purchase and its seller
    const stored = await recordRepository.list(db, 'MineralTransaction', 'PE-COMPRAS');
    assert.deepEqual(
      stored.map((record) => [record.id, record.body.fineMassKg]),
      [
        ['PE:COMPRA:20131312955:10412345679:F001-1', 0.09],
        ['PE:COMPRA:20131312955:10412345679:F001-2', 0.04],
      ],
    );
  });

  it('restores an earlier version sent again with force, and says how when sent without', async () => {
    const db = await engine.openMigrated();
    const v1 = writeComprasFile([comprasLine('F001-1', 100)]);
    await ingestFile(db, v1, OPTIONS);
    await ingestFile(db, writeComprasFile([comprasLine('F001-1', 90)]), OPTIONS);
    const fineMass = async () =>
      (await recordRepository.list(db, 'MineralTransaction', 'PE-COMPRAS')).map(
        (record) => record.body.fineMassKg,
      );

    const ignored = await ingestFile(db, v1, OPTIONS);
    assert.equal(ignored.status, 'skipped');
    assert.match(ignored.message ?? '', /veta ingest --force/);
    assert.match(ignored.message ?? '', /"Load again" in the upload form/);
    assert.deepEqual(await fineMass(), [0.09], "without force, v2's data stays");

    const restored = await ingestFile(db, v1, { ...OPTIONS, force: true });
    assert.equal(restored.status, 'loaded', restored.error?.message);
    assert.ok((restored.batchId ?? 0) > (ignored.batchId ?? 0), 'a new batch');
    assert.deepEqual(await fineMass(), [0.1], "v1's data is back");
  });

  it('refuses a layout outside the scope given, storing nothing, not even a failed batch', async () => {
    const db = await engine.openMigrated();
    const colombia = { countries: ['CO'], agency: null };
    for (const name of ['PE-COMPRAS.csv', 'purchases.csv']) {
      const report = await ingestFile(db, writeComprasFile([comprasLine('F001-1', 100)], name), {
        ...OPTIONS,
        scope: colombia,
      });
      assert.deepEqual([report.status, report.error?.code], ['failed', 'LAYOUT_OUT_OF_SCOPE'], name);
    }
    assert.deepEqual(await counts(db), { purchases: 0, parties: 0, quarantined: 0, batches: 0, files: 0 });
    const peru = await ingestFile(db, writeComprasFile([comprasLine('F001-1', 100)]), {
      ...OPTIONS,
      scope: { countries: ['PE'], agency: null },
    });
    assert.equal(peru.status, 'loaded', 'a layout within the scope loads');
  });

  it('stores nothing on a dry run, yet reports what it would have done', async () => {
    const db = await engine.openMigrated();
    const report = await ingestFile(db, writeComprasFile([comprasLine('F001-1', 100)]), {
      ...OPTIONS,
      dryRun: true,
    });
    assert.equal(report.status, 'dry-run');
    assert.deepEqual(report.recordsByType, { Party: 1, MineralTransaction: 1 });
    assert.deepEqual(await counts(db), { purchases: 0, parties: 0, quarantined: 0, batches: 0, files: 0 });
  });

  it('leaves the data as it was when a file fails, keeping only the record of the failure', async () => {
    const db = await engine.openMigrated();
    const path = writeComprasFile(['01/01/2024;20131312955'], 'PE-COMPRAS-broken.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'FECHA;RUC_COMPRADOR\n01/01/2024;20131312955\n');
    const report = await ingestFile(db, path, OPTIONS);
    assert.equal(report.status, 'failed');
    assert.equal(report.error?.code, 'COLUMN_MISSING');
    assert.match(
      report.error?.message ?? '',
      /PE-COMPRAS-broken\.csv, row 1: the header lacks RUC_VENDEDOR, PESO_FINO_G, COMPROBANTE/,
    );
    assert.deepEqual(await counts(db), { purchases: 0, parties: 0, quarantined: 0, batches: 1, files: 1 });
    const [batch] = await provenanceRepository.listBatches(db);
    assert.equal(batch?.status, 'failed');
  });

  it('reports a file no profile recognises, storing nothing', async () => {
    const db = await engine.openMigrated();
    const path = writeComprasFile([], 'notes.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'A;B\n1;2\n');
    const report = await ingestFile(db, path, OPTIONS);
    assert.equal(report.error?.code, 'LAYOUT_UNRECOGNISED');
    assert.deepEqual(await counts(db), { purchases: 0, parties: 0, quarantined: 0, batches: 0, files: 0 });
  });

  it('shows the user one sentence for a failure nobody foresaw, and its cause only to the log', async () => {
    const db = await engine.openMigrated();
    // A store that lost a table: the driver's message names it, which is no business of the user's.
    await db.query('DROP TABLE mineral_transaction CASCADE');
    const logged: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(line) });
    const report = await ingestFile(db, writeComprasFile([comprasLine('F001-1', 100)]), {
      ...OPTIONS,
      logger,
    });
    assert.equal(report.error?.code, 'INTERNAL');
    assert.match(report.error.message, /did not foresee, and nothing was stored/);
    assert.doesNotMatch(report.error.message, /mineral_transaction|relation/);
    const [batch] = await provenanceRepository.listBatches(db);
    assert.equal(batch?.errorMessage, report.error.message);
    assert.match(logged.join(''), /mineral_transaction/);
  });
});
