import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { XlsxTableWriter } from './xlsx.js';
import { fixZipTimestamps } from './zip-timestamps.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-xlsx-'));
const COLUMNS = ['CODIGO', 'FECHA', 'PESO_NETO_KG', 'NOTA'];

async function writeWorkbook(name: string, rows: number): Promise<string> {
  const path = join(dir, name);
  const writer = new XlsxTableWriter(path, 'EC-TEST', COLUMNS);
  for (let i = 1; i <= rows; i++) {
    writer.write({
      CODIGO: `C-${i}`,
      FECHA: { year: 2023, month: 1 + (i % 12), day: 5 },
      PESO_NETO_KG: i / 8,
    });
    if (i % 5000 === 0) await writer.drain();
  }
  await writer.close();
  return path;
}

// Every (time, date) pair of the ZIP's local and central headers, in file order.
function zipStamps(bytes: Buffer): [number, number][] {
  const stamps: [number, number][] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = bytes.readUInt32LE(i);
    if (signature === 0x04034b50) stamps.push([bytes.readUInt16LE(i + 10), bytes.readUInt16LE(i + 12)]);
    if (signature === 0x02014b50) stamps.push([bytes.readUInt16LE(i + 12), bytes.readUInt16LE(i + 14)]);
  }
  return stamps;
}

describe('XLSX writer', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes byte-identical workbooks every time, that exceljs opens', async () => {
    const first = readFileSync(await writeWorkbook('a.xlsx', 300));
    // DOS timestamps count in two-second steps: wait past one so unpatched stamps would differ.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = readFileSync(await writeWorkbook('b.xlsx', 300));
    assert.ok(first.equals(second), 'same rows, same bytes');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'a.xlsx'));
    const sheet = workbook.getWorksheet('EC-TEST');
    assert.ok(sheet);
    assert.equal(sheet.rowCount, 301);
    assert.deepEqual((sheet.getRow(1).values as unknown[]).slice(1), COLUMNS);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    assert.deepEqual(row.slice(0, 3), ['C-1', new Date(Date.UTC(2023, 1, 5)), 0.125]);
  });

  it('stamps every local and central ZIP header with the fixed day', () => {
    const path = join(dir, 'a.xlsx');
    fixZipTimestamps(path, 2031, 7, 9);
    const stamps = zipStamps(readFileSync(path));
    assert.ok(stamps.length >= 10);
    const dosDate = ((2031 - 1980) << 9) | (7 << 5) | 9;
    for (const stamp of stamps) assert.deepEqual(stamp, [0, dosDate]);
  });

  it('lets deflate catch up when drained, so rows do not pile up in memory', async () => {
    const writer = new XlsxTableWriter(join(dir, 'big.xlsx'), 'EC-TEST', COLUMNS);
    let worst = 0;
    for (let i = 1; i <= 60_000; i++) {
      writer.write({ CODIGO: `C-${i}`, NOTA: 'DORE DE ORO PARA REFINACION', PESO_NETO_KG: i });
      if (i % 2000 === 0) {
        await writer.drain();
        const backlog = writer.backlogBytes;
        assert.ok(backlog !== undefined, "exceljs's pipeline is where xlsx.ts expects it");
        worst = Math.max(worst, backlog);
      }
    }
    await writer.close();
    assert.ok(worst < 64 * 1024, `at most ${worst} bytes waiting after a drain`);
  });
});
