import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isVetaError } from '../../core/veta-error.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import { sheetFirstWorkbook, temporaryFilesLeft } from '../testing/temp-files.js';
import { readInWorker } from './read-isolated.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-read-isolated-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const profiles = loadProfiles();
const HEADER = ['SEMESTRE', 'CODIGO', 'RUC', 'MINERAL', 'PRODUCCION', 'UNIDAD'];

function write(name: string): string {
  const path = join(dir, name);
  const row = ['2024-S1', '100234', '0190123456001', 'AU', '12.5', 'kg'];
  writeFileSync(path, sheetFirstWorkbook('EC-PRODUCCION', [HEADER, row, row]));
  return path;
}

describe('readInWorker', () => {
  it('leaves none of the thread’s temporary files behind once a workbook is read', async () => {
    const layout = await readInWorker(write('EC-PRODUCCION-read.xlsx'), { profiles }, DEFAULT_READ_LIMITS);
    assert.equal(layout, 'EC-PRODUCCION');
    assert.deepEqual(temporaryFilesLeft(), []);
  });

  it('leaves none behind when the thread fails on a bound', async () => {
    await assert.rejects(
      readInWorker(write('EC-PRODUCCION-wide.xlsx'), { profiles }, { ...DEFAULT_READ_LIMITS, maxColumns: 3 }),
      (error) => isVetaError(error, 'READ_LIMIT'),
    );
    assert.deepEqual(temporaryFilesLeft(), []);
  });
});
