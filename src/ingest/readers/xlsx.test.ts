import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isVetaError } from '../../core/veta-error.js';
import type { RawRow } from './raw-row.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { openXlsx } from './xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-xlsx-'));

// Written with the streaming writer: its zip entries come in one order every run (see
// profiles/testing/map-fixture.ts on exceljs issue 962).
async function workbook(
  name: string,
  build: (book: ExcelJS.stream.xlsx.WorkbookWriter) => void,
): Promise<string> {
  const path = join(dir, name);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  build(book);
  await book.commit();
  return path;
}

async function rowsOf(path: string, sheet: string): Promise<{ header: readonly string[]; rows: RawRow[] }> {
  const source = await openXlsx(path, sheet, DEFAULT_READ_LIMITS);
  const rows: RawRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return { header: source.header, rows };
}

describe('openXlsx', () => {
  it('reads the sheet named after the layout, cells as text, dates as yyyy-mm-dd', async () => {
    const path = await workbook('EC-CATASTRO.xlsx', (book) => {
      book.addWorksheet('Notas').addRow(['exported by ARCERNNR']);
      const sheet = book.addWorksheet('EC-CATASTRO');
      sheet.addRow(['CODIGO', 'FECHA_OTORGAMIENTO', 'SUPERFICIE_HA', 'TITULAR']);
      sheet.addRow([100234, new Date(Date.UTC(2021, 4, 3)), 123.45, 'Minera Ñan Cía. Ltda.']);
      sheet.addRow([]);
      sheet.addRow([100235, '2021-05-04', null, { richText: [{ text: 'Oro ' }, { text: 'Azuay' }] }]);
    });
    const { header, rows } = await rowsOf(path, 'EC-CATASTRO');
    assert.deepEqual(header, ['CODIGO', 'FECHA_OTORGAMIENTO', 'SUPERFICIE_HA', 'TITULAR']);
    assert.deepEqual(rows, [
      {
        rowNumber: 2,
        values: {
          CODIGO: '100234',
          FECHA_OTORGAMIENTO: '2021-05-03',
          SUPERFICIE_HA: '123.45',
          TITULAR: 'Minera Ñan Cía. Ltda.',
        },
        problems: [],
      },
      {
        rowNumber: 4,
        values: {
          CODIGO: '100235',
          FECHA_OTORGAMIENTO: '2021-05-04',
          SUPERFICIE_HA: '',
          TITULAR: 'Oro Azuay',
        },
        problems: [],
      },
    ]);
  });

  it('reports a cell holding an Excel error against its row and column', async () => {
    const path = await workbook('errors.xlsx', (book) => {
      const sheet = book.addWorksheet('EC-PRODUCCION');
      sheet.addRow(['CODIGO', 'PRODUCCION']);
      sheet.addRow([1, { error: '#DIV/0!' }]);
    });
    const { rows } = await rowsOf(path, 'EC-PRODUCCION');
    assert.equal(rows[0]?.problems[0]?.code, 'CELL_ERROR');
    assert.match(rows[0]?.problems[0]?.message ?? '', /Row 2, column PRODUCCION: .*#DIV\/0!/);
  });

  it('names the sheets it found when the layout sheet is missing', async () => {
    const path = await workbook('wrong.xlsx', (book) => book.addWorksheet('Hoja1').addRow(['A']));
    await assert.rejects(openXlsx(path, 'EC-EXPORTACIONES', DEFAULT_READ_LIMITS), (error: unknown) => {
      assert.ok(isVetaError(error, 'SHEET_MISSING'));
      assert.match(error.message, /has no sheet named EC-EXPORTACIONES \(it has: Hoja1\)/);
      return true;
    });
  });

  it('fails a file that is not a workbook with a clear error', async () => {
    const path = join(dir, 'fake.xlsx');
    writeFileSync(path, 'CODIGO;NOMBRE\n1;x\n');
    await assert.rejects(openXlsx(path, 'EC-CATASTRO', DEFAULT_READ_LIMITS), (error: unknown) =>
      isVetaError(error, 'FILE_UNREADABLE'),
    );
  });
});
