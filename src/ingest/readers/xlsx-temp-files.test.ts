import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { sheetFirstWorkbook, temporaryFilesLeftAfterCleanup } from '../testing/temp-files.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { openXlsx } from './xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-xlsx-temp-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SHEET = 'EC-PRODUCCION';

function write(name: string): string {
  const path = join(dir, name);
  const rows = [
    ['CODIGO', 'RUC'],
    ...Array.from({ length: 50 }, (_, index) => [`${index}`, '0190123456001']),
  ];
  writeFileSync(path, sheetFirstWorkbook(SHEET, rows));
  return path;
}

describe('openXlsx leaves no temporary file behind', () => {
  it('when closed after the header', async () => {
    const source = await openXlsx(write('early.xlsx'), SHEET, DEFAULT_READ_LIMITS);
    assert.deepEqual(source.header, ['CODIGO', 'RUC']);
    source.close();
    assert.deepEqual(await temporaryFilesLeftAfterCleanup(), []);
  });

  it('when read to its end', async () => {
    const source = await openXlsx(write('whole.xlsx'), SHEET, DEFAULT_READ_LIMITS);
    let rows = 0;
    for await (const row of source.rows) rows += row.rowNumber > 0 ? 1 : 0;
    source.close();
    assert.equal(rows, 50);
    assert.deepEqual(await temporaryFilesLeftAfterCleanup(), []);
  });

  it('when it fails on a bound', async () => {
    await assert.rejects(
      openXlsx(write('wide.xlsx'), SHEET, { ...DEFAULT_READ_LIMITS, maxColumns: 1 }),
      (error) => isVetaError(error, 'READ_LIMIT'),
    );
    assert.deepEqual(await temporaryFilesLeftAfterCleanup(), []);
  });
});
