import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { silentLogger } from '../../core/logger.js';
import { recordRepository } from '../../store/records/record-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { comprasLine, writeComprasFile } from '../testing/compras-file.js';
import type { FileReport } from './file-report.js';
import { ingestFiles } from './ingest-files.js';

const OPTIONS = { profiles: loadProfiles(), logger: silentLogger(), today: '2026-11-26', filesAtOnce: 2 };

describeEachEngine('ingestFiles', (engine) => {
  it('loads several files two at a time, a corrected version after the earlier one, reports in order', async () => {
    const db = await engine.openMigrated();
    const folder = mkdtempSync(join(tmpdir(), 'veta-files-'));
    // Two versions of one source (same layout, same receipts) around a file of another layout.
    const first = join(folder, '1', 'PE-COMPRAS.csv');
    const second = join(folder, '3', 'PE-COMPRAS.csv');
    for (const [path, grams] of [
      [first, 100],
      [second, 90],
    ] as const) {
      mkdirSync(join(path, '..'), { recursive: true });
      copyFileSync(writeComprasFile([comprasLine('F001-1', grams), comprasLine('F001-2', grams + 1)]), path);
    }
    const other = join(folder, '2', 'PE-REINFO.csv');
    mkdirSync(join(other, '..'), { recursive: true });
    writeFileSync(other, 'not,a,reinfo,header\n1,2,3,4\n');

    const finished: string[] = [];
    const reports = await ingestFiles(db, [first, other, second], OPTIONS, (report: FileReport) =>
      finished.push(report.path),
    );
    assert.deepEqual(
      reports.map((report) => report.path),
      [first, other, second],
    );
    assert.deepEqual(
      reports.map((report) => report.status),
      ['loaded', 'failed', 'loaded'],
    );
    assert.equal(finished.length, 3);
    assert.ok(finished.indexOf(first) < finished.indexOf(second), 'the earlier version finished first');
    assert.equal(reports[2]?.recordsReplaced, 3, 'both purchases and their one seller replaced');
    const purchases = await recordRepository.list(db, 'MineralTransaction', 'PE-COMPRAS');
    assert.deepEqual(
      purchases.map((purchase) => purchase.body.fineMassKg),
      [0.09, 0.091],
      'the second version’s masses stand',
    );
    assert.equal(purchases.length, 2);
    assert.ok(purchases.every((purchase) => purchase.batchId === reports[2]?.batchId));
    await db.close();
  });
});
