import { it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { COMPRAS_HEADER, comprasLine, writeComprasFile } from '../testing/compras-file.js';
import { ingestFile, type IngestOptions } from './ingest-file.js';

const OPTIONS: IngestOptions = { profiles: loadProfiles(), logger: silentLogger(), today: '2026-11-26' };
const ROWS = 1100;

function lines(): string[] {
  return Array.from({ length: ROWS }, (_, index) => comprasLine(`F001-${index + 1}`, 5.5 + (index % 50)));
}

/**
 * The same purchases as a buyer's own spreadsheet writes them: Windows-1252, the columns in
 * another case and spacing, days as 05-mar-2024, a decimal comma with thousands points (1.210,00),
 * and past the first batch whole amounts as 1.210, which only what the first rows showed can read.
 */
function elsewhere(path: string): void {
  const header = COMPRAS_HEADER.split(';').map((name) => name.toLowerCase().replaceAll('_', ' '));
  const rows = lines().map((line, row) =>
    line
      .split(';')
      .map((cell, column) =>
        column === 0 ? '05-mar-2024' : [5, 7, 8, 9].includes(column) ? comma(cell, row >= 1000) : cell,
      )
      .join(';'),
  );
  writeFileSync(path, iconv.encode(`${[header.join(';'), ...rows].join('\r\n')}\r\n`, 'windows-1252'));
}

function comma(text: string, dropZeroCents: boolean): string {
  const [whole = '', fraction = ''] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, '.');
  return dropZeroCents && /^0*$/.test(fraction) ? grouped : `${grouped},${fraction}`;
}

async function stored(db: Database): Promise<unknown> {
  return {
    purchases: await db.query(`SELECT id, body FROM mineral_transaction ORDER BY id COLLATE "C"`),
    parties: await db.query(`SELECT id, body FROM party ORDER BY id COLLATE "C"`),
  };
}

describeEachEngine('a file from elsewhere, through the pipeline', (engine) => {
  it('stores what the layout’s own file stores, on the main thread and in worker threads', async () => {
    const own = writeComprasFile(lines());
    const other = writeComprasFile([], 'PE-COMPRAS-2024.csv');
    elsewhere(other);
    const db = await engine.openMigrated();
    const report = await ingestFile(db, own, OPTIONS);
    assert.equal(report.rowsAccepted, ROWS, report.error?.message);
    const expected = await stored(db);
    for (const threads of [false, true]) {
      const fresh = await engine.openMigrated();
      const loaded = await ingestFile(fresh, other, { ...OPTIONS, threads });
      assert.equal(loaded.status, 'loaded', loaded.error?.message);
      assert.equal(loaded.rowsAccepted, ROWS, JSON.stringify(loaded.rejectedByCode));
      assert.deepEqual(await stored(fresh), expected, `threads: ${threads}`);
    }
  });
});
