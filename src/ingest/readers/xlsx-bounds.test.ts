import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorCode } from '../../core/error-codes.js';
import { isVetaError } from '../../core/veta-error.js';
import { sharedStringsBomb, workbookParts } from '../testing/xlsx-parts.js';
import { zipFile, type ZipPart } from '../testing/zip-file.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits.js';
import { openXlsx } from './xlsx.js';

const dir = mkdtempSync(join(tmpdir(), 'veta-xlsx-bombs-'));
const SHEET = 'EC-PRODUCCION';
const MB = 1024 * 1024;

function write(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A small genuine workbook with one part swapped (or added) by `change`. */
function workbookWith(change: (parts: ZipPart[]) => ZipPart[]): Buffer {
  return zipFile(
    change(
      workbookParts(SHEET, [
        ['CODIGO', 'RUC'],
        ['100234', '0190123456001'],
      ]),
    ),
  );
}

function replaced(path: string, text: string): (parts: ZipPart[]) => ZipPart[] {
  return (parts) => parts.map((part) => (part.path === path ? { path, data: Buffer.from(text) } : part));
}

/** Reads the sheet to its end, as a load does. */
async function readAll(path: string, limits: ReadLimits): Promise<number> {
  const source = await openXlsx(path, SHEET, limits);
  let rows = 0;
  for await (const row of source.rows) rows += row.rowNumber > 0 ? 1 : 0;
  return rows;
}

/** The file fails with this code, a sentence naming the file, and nothing of a parser's internals. */
async function failsWith(path: string, limits: ReadLimits, code: ErrorCode, says: RegExp): Promise<void> {
  await assert.rejects(readAll(path, limits), (error: unknown) => {
    assert.ok(isVetaError(error, code), String(error));
    assert.match(error.message, says);
    assert.match(error.message, /^[\w-]+\.xlsx /);
    assert.doesNotMatch(error.message, /Invalid string length|signature|FILE_ENDED|Out of bounds|0x|\bat \//);
    return true;
  });
}

const strings = (count: number, length: number): string =>
  `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${Array.from(
    { length: count },
    () => `<si><t>${randomBytes(length / 2).toString('hex')}</t></si>`,
  ).join('')}</sst>`;

describe('openXlsx within the read limits (issue 17, items 3 and 11)', () => {
  it('fails the 7 MB workbook whose shared strings inflate to 2 GiB, fast, at the default limits', async () => {
    const bytes = workbookWith((parts) =>
      parts.map((part) => (part.path === 'xl/sharedStrings.xml' ? sharedStringsBomb(2048 * MB) : part)),
    );
    assert.ok(bytes.length < 8 * MB, `${bytes.length} bytes`);
    await failsWith(
      write('EC-PRODUCCION-bomb.xlsx', bytes),
      DEFAULT_READ_LIMITS,
      'READ_LIMIT',
      /xl\/sharedStrings\.xml inflates more than \d+ times .* VETA_MAX_XLSX_INFLATION_RATIO/,
    );
  });

  it('bounds the bytes of the shared strings by what inflates, whatever the ratio', async () => {
    const path = write(
      'EC-PRODUCCION-strings.xlsx',
      workbookWith((parts) =>
        parts.map((part) => (part.path === 'xl/sharedStrings.xml' ? sharedStringsBomb(8 * MB) : part)),
      ),
    );
    const limits = { ...DEFAULT_READ_LIMITS, maxXlsxInflationRatio: 10_000, maxSharedStringsBytes: 4 * MB };
    await failsWith(
      path,
      limits,
      'READ_LIMIT',
      /shared-string table inflates further.* VETA_MAX_SHARED_STRINGS_BYTES/,
    );
  });

  it('bounds the number of shared strings by the elements found, not the count the table claims', async () => {
    const path = write(
      'EC-PRODUCCION-count.xlsx',
      workbookWith(replaced('xl/sharedStrings.xml', strings(120, 8))),
    );
    await failsWith(
      path,
      { ...DEFAULT_READ_LIMITS, maxSharedStrings: 100 },
      'READ_LIMIT',
      /shared-string table is longer, past the limit of 100 .* VETA_MAX_SHARED_STRINGS\b/,
    );
  });

  it('bounds what a part inflates to even when its header claims a few bytes', async () => {
    const sheet = `<worksheet><sheetData>${'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'.repeat(60_000)}</sheetData></worksheet>`;
    const path = write(
      'EC-PRODUCCION-lying.xlsx',
      workbookWith((parts) =>
        parts.map((part) =>
          part.path === 'xl/worksheets/sheet1.xml'
            ? {
                path: part.path,
                data: Buffer.from(sheet),
                claimed: { compressed: 0, inflated: 10 },
                descriptor: true,
              }
            : part,
        ),
      ),
    );
    const limits = { ...DEFAULT_READ_LIMITS, maxXlsxInflationRatio: 10_000, maxXlsxPartBytes: 2 * MB };
    await failsWith(
      path,
      limits,
      'READ_LIMIT',
      /part xl\/worksheets\/sheet1\.xml inflates further.* VETA_MAX_XLSX_PART_BYTES/,
    );
  });

  it('bounds what all the parts inflate to together, each within its own limit', async () => {
    const sheets = Array.from({ length: 4 }, (_, index) => ({
      path: `xl/worksheets/sheet${index + 2}.xml`,
      data: Buffer.from(`<worksheet><sheetData>${'<row/>'.repeat(20_000)}</sheetData></worksheet>`),
    }));
    const path = write(
      'EC-PRODUCCION-total.xlsx',
      workbookWith((parts) => [...parts, ...sheets]),
    );
    const limits = { ...DEFAULT_READ_LIMITS, maxXlsxPartBytes: 200_000 };
    assert.equal(await readAll(path, { ...limits, maxXlsxTotalBytes: 600_000 }), 1);
    await failsWith(
      path,
      { ...limits, maxXlsxTotalBytes: 400_000 },
      'READ_LIMIT',
      /its parts together inflate further, past the limit of 400,000 bytes all the parts .* VETA_MAX_XLSX_TOTAL_BYTES/,
    );
  });

  it('fails a huge single cell, naming the cell limit', async () => {
    const path = write(
      'EC-PRODUCCION-cell.xlsx',
      workbookWith(replaced('xl/sharedStrings.xml', strings(1, 200_000))),
    );
    await failsWith(
      path,
      { ...DEFAULT_READ_LIMITS, maxCellBytes: 64 * 1024 },
      'READ_LIMIT',
      /holds a longer cell or tag.* VETA_MAX_CELL_BYTES/,
    );
  });

  it('fails elements nested deeper than spreadsheets nest, at the default limits', async () => {
    const sheet = `<worksheet>${'<a>'.repeat(5_000)}${'</a>'.repeat(5_000)}</worksheet>`;
    await failsWith(
      write('EC-PRODUCCION-deep.xlsx', workbookWith(replaced('xl/worksheets/sheet1.xml', sheet))),
      DEFAULT_READ_LIMITS,
      'READ_LIMIT',
      /nests elements deeper.* VETA_MAX_XML_DEPTH/,
    );
  });

  it('fails a workbook with more parts than the limit (many sheets)', async () => {
    const sheets = Array.from({ length: 40 }, (_, index) => ({
      path: `xl/worksheets/sheet${index + 2}.xml`,
      data: Buffer.from('<worksheet><sheetData/></worksheet>'),
    }));
    await failsWith(
      write(
        'EC-PRODUCCION-sheets.xlsx',
        workbookWith((parts) => [...parts, ...sheets]),
      ),
      { ...DEFAULT_READ_LIMITS, maxXlsxParts: 20 },
      'READ_LIMIT',
      /more parts, past the limit of 20 .* VETA_MAX_XLSX_PARTS/,
    );
  });

  it('fails a row past the column limit', async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>CODIGO</t></is></c><c r="DDD1" t="inlineStr"><is><t>X</t></is></c></row></sheetData></worksheet>`;
    await failsWith(
      write('EC-PRODUCCION-wide.xlsx', workbookWith(replaced('xl/worksheets/sheet1.xml', sheet))),
      DEFAULT_READ_LIMITS,
      'READ_LIMIT',
      /row 1 reaches column 2,812, past the limit of 2,000 columns .* VETA_MAX_COLUMNS/,
    );
  });

  it('refuses XML entity declarations (a DTD) before any parser sees them', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>`;
    await failsWith(
      write('EC-PRODUCCION-entities.xlsx', workbookWith(replaced('xl/sharedStrings.xml', laughs))),
      DEFAULT_READ_LIMITS,
      'FILE_UNREADABLE',
      /declares XML entities \(a DTD\)/,
    );
  });

  it('says a zip cut short is incomplete', async () => {
    const whole = workbookWith((parts) => parts);
    await failsWith(
      write('EC-PRODUCCION-cut.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6))),
      DEFAULT_READ_LIMITS,
      'FILE_UNREADABLE',
      /is not a complete XLSX workbook: it ends in the middle of a part/,
    );
  });

  it('says a zip whose sizes lie past its end is incomplete, and bad compressed data is damage', async () => {
    const lying = workbookWith((parts) =>
      parts.map((part) =>
        part.path === 'xl/workbook.xml' ? { ...part, claimed: { compressed: 50 * MB, inflated: 1 } } : part,
      ),
    );
    await failsWith(
      write('EC-PRODUCCION-sizes.xlsx', lying),
      DEFAULT_READ_LIMITS,
      'FILE_UNREADABLE',
      /not a complete/,
    );
    const garbage = workbookWith((parts) =>
      parts.map((part) =>
        part.path === 'xl/workbook.xml'
          ? { path: part.path, deflated: { bytes: Buffer.alloc(64, 0xff), inflatedSize: 64 } }
          : part,
      ),
    );
    await failsWith(
      write('EC-PRODUCCION-inflate.xlsx', garbage),
      DEFAULT_READ_LIMITS,
      'FILE_UNREADABLE',
      /is a damaged XLSX workbook/,
    );
  });

  it('says a text file renamed .xlsx is not a workbook, and what to do', async () => {
    await failsWith(
      write('EC-PRODUCCION-csv.xlsx', Buffer.from('CODIGO;RUC\n1;2\n')),
      DEFAULT_READ_LIMITS,
      'FILE_UNREADABLE',
      /is not an XLSX workbook: an XLSX file is a zip archive, and this one is not .* name it \.csv/,
    );
  });

  it("says malformed XML inside a workbook is damage, without the parser's words", async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>CODIGO</t></is></c></row>';
    await failsWith(
      write(
        'EC-PRODUCCION-xml.xlsx',
        workbookWith(replaced('xl/worksheets/sheet1.xml', `${sheet}<row r="2"><c r="A2"><v>1</c></row>`)),
      ),
      DEFAULT_READ_LIMITS,
      'FILE_UNREADABLE',
      /XML inside it is not well formed/,
    );
  });
});
