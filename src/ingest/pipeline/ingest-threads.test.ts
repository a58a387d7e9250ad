import { it } from 'node:test';
import assert from 'node:assert/strict';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/engine/database.js';
import { provenanceRepository } from '../../store/records/provenance-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { comprasLine, writeComprasFile } from '../testing/compras-file.js';
import { ingestFile, type IngestOptions } from './ingest-file.js';

const OPTIONS: IngestOptions = { profiles: loadProfiles(), logger: silentLogger(), today: '2026-11-26' };

// Enough rows for several batches, so that batches finish out of step across threads.
function lines(): string[] {
  const made: string[] = [];
  for (let index = 1; index <= 3500; index++) {
    if (index % 500 === 0) made.push(comprasLine(`F001-${index}`, 10, { date: '31/02/2024' }));
    else if (index % 700 === 0) made.push(comprasLine(`F001-${index}`, 10, { seller: '20131312954' }));
    else if (index % 900 === 0) made.push(comprasLine('F001-1', 11));
    else made.push(comprasLine(`F001-${index}`, index % 97));
  }
  return made;
}

async function stored(db: Database, batchId: number): Promise<unknown> {
  return {
    records: await db.query(
      `SELECT id, row_number, body, flags, raw FROM mineral_transaction ORDER BY id COLLATE "C"`,
    ),
    parties: await db.query(`SELECT id, row_number, body, raw FROM party ORDER BY id COLLATE "C"`),
    quarantine: await provenanceRepository.listQuarantine(db, batchId),
  };
}

describeEachEngine('ingestFile in worker threads', (engine) => {
  it('stores and reports exactly what mapping on the main thread does', async () => {
    const path = writeComprasFile(lines());
    const results = [];
    for (const threads of [false, true]) {
      const db = await engine.openMigrated();
      const report = await ingestFile(db, path, { ...OPTIONS, threads });
      assert.equal(report.status, 'loaded', report.error?.message);
      results.push({
        report: { ...report, durationMs: 0, rowsPerSecond: 0 },
        stored: await stored(db, report.batchId ?? 0),
      });
    }
    const [inline, threaded] = results;
    assert.equal(inline?.report.rowsRead, 3500);
    assert.deepEqual(inline?.report.rejectedByCode, { DATE_INVALID: 7, DUPLICATE_KEY: 3 });
    assert.deepEqual(threaded, inline);
  });
});
