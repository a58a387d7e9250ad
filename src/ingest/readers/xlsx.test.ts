import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isVetaError } from '../../core/veta-error.js';
import { workbookParts } from '../testing/xlsx-parts.js';
import { zipFile, type ZipPart } from '../testing/zip-file.js';
import type { RawRow } from './raw-row.js';
import { DEFAULT_READ_LIMITS } from './read-limits.js';
import { openXlsx } from './xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-xlsx-'));

const ROWS = [
  ['CODIGO', 'TITULAR'],
  ['100234', 'Minera Ñan Cía. Ltda.'],
];

function written(name: string, parts: readonly ZipPart[]): string {
  const path = join(dir, name);
  writeFileSync(path, zipFile(parts));
  return path;
}

// Written with the streaming writer, which stores the sheets first (see map-fixture.ts).
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

  // The parts are found through the zip's directory, so no order they are stored in can make a
  // reading lose one (exceljs's own pass over the zip did, now and then: see xlsx.ts).
  it('reads the sheet whatever order the workbook stores its parts in', async () => {
    const parts = workbookParts('EC-CATASTRO', ROWS);
    const last = (path: string): ZipPart[] => [
      ...parts.filter((part) => part.path !== path),
      ...parts.filter((part) => part.path === path),
    ];
    const orders = {
      stored: parts,
      reversed: [...parts].reverse(),
      workbookLast: last('xl/workbook.xml'),
      stringsLast: last('xl/sharedStrings.xml'),
    };
    for (const [name, order] of Object.entries(orders)) {
      const { header, rows } = await rowsOf(written(`${name}.xlsx`, order), 'EC-CATASTRO');
      assert.deepEqual(header, ['CODIGO', 'TITULAR'], name);
      assert.deepEqual(rows[0]?.values, { CODIGO: '100234', TITULAR: 'Minera Ñan Cía. Ltda.' }, name);
    }
  });

  it('finds a sheet its workbook links with a path from the archive root', async () => {
    const parts = workbookParts('EC-CATASTRO', ROWS).map((part) =>
      part.path === 'xl/_rels/workbook.xml.rels'
        ? { ...part, data: Buffer.from(String(part.data).replace('"worksheets/', '"/xl/worksheets/')) }
        : part,
    );
    const { rows } = await rowsOf(written('rooted.xlsx', parts), 'EC-CATASTRO');
    assert.equal(rows[0]?.values.TITULAR, 'Minera Ñan Cía. Ltda.');
  });

  it('refuses a directory that points a part at bytes the walk met under another name', async () => {
    const parts = workbookParts('EC-CATASTRO', ROWS);
    const sheet = parts.find((part) => part.path === 'xl/worksheets/sheet1.xml');
    assert.ok(sheet?.data);
    const longer = Buffer.from(
      String(sheet.data).replace('</sheetData>', `${'<row><c><v>1</v></c></row>'.repeat(50)}</sheetData>`),
    );
    const path = written('hidden.xlsx', [
      ...parts.map((part) => (part === sheet ? { ...part, listedAs: null } : part)),
      { path: 'xl/media/notes.xml', data: longer, listedAs: 'xl/worksheets/sheet1.xml' },
    ]);
    await assert.rejects(rowsOf(path, 'EC-CATASTRO'), (error: unknown) => {
      assert.ok(isVetaError(error, 'FILE_UNREADABLE'));
      assert.match(error.message, /hidden\.xlsx .*points its part xl\/worksheets\/sheet1\.xml at bytes/);
      return true;
    });
  });

  it('names the part a workbook lacks', async () => {
    const parts = workbookParts('EC-CATASTRO', ROWS).filter((part) => part.path !== 'xl/workbook.xml');
    await assert.rejects(
      openXlsx(written('bookless.xlsx', parts), 'EC-CATASTRO', DEFAULT_READ_LIMITS),
      (error: unknown) => {
        assert.ok(isVetaError(error, 'FILE_UNREADABLE'));
        assert.match(error.message, /bookless\.xlsx .*lacks its part xl\/workbook\.xml/);
        return true;
      },
    );
  });

  it('scans a part the directory points at other bytes as the walk scans XML, within the bounds', async () => {
    const parts = workbookParts('EC-CATASTRO', ROWS);
    const sheet = parts.find((part) => part.path === 'xl/worksheets/sheet1.xml');
    assert.ok(sheet?.data);
    const text = String(sheet.data);
    // The part the walk scans is long and harmless; the bytes the directory names instead, stored
    // as media the walk does not scan as XML, hold one cell longer than the bounds allow.
    const padded = text.replace('</sheetData>', `${'<row><c><v>1</v></c></row>'.repeat(200)}</sheetData>`);
    const hidden = text.replace(
      '</sheetData>',
      `<row><c t="inlineStr"><is><t>${'x'.repeat(3_000)}</t></is></c></row></sheetData>`,
    );
    const path = written('aliased.xlsx', [
      ...parts.map((part) =>
        part === sheet ? { ...part, data: Buffer.from(padded), listedAs: null } : part,
      ),
      { path: 'xl/media/image1.bin', data: Buffer.from(hidden), listedAs: 'xl/worksheets/sheet1.xml' },
    ]);
    const source = openXlsx(path, 'EC-CATASTRO', { ...DEFAULT_READ_LIMITS, maxCellBytes: 2_000 });
    await assert.rejects(
      source.then(async (opened) => {
        const rows: RawRow[] = [];
        for await (const row of opened.rows) rows.push(row);
        return rows;
      }),
      (error: unknown) => {
        assert.ok(isVetaError(error, 'READ_LIMIT'), String(error));
        assert.match(error.message, /its part xl\/worksheets\/sheet1\.xml holds a longer cell or tag/);
        return true;
      },
    );
  });

  it('says so when the list of parts at the end of the file is missing', async () => {
    const whole = zipFile(workbookParts('EC-CATASTRO', ROWS));
    const directory = whole.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const path = join(dir, 'cut.xlsx');
    writeFileSync(path, whole.subarray(0, directory));
    await assert.rejects(openXlsx(path, 'EC-CATASTRO', DEFAULT_READ_LIMITS), (error: unknown) => {
      assert.ok(isVetaError(error, 'FILE_UNREADABLE'), String(error));
      assert.match(
        error.message,
        /cut\.xlsx is not a complete XLSX workbook: its list of parts .* is missing or damaged/,
      );
      return true;
    });
  });
});
