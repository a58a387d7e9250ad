import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { VetaError } from '../../core/veta-error.js';
import { countedReadStream, type CountedStream } from './file-stream.js';
import { rejectControlCharacters } from './control-characters.js';
import { checkHeader } from './header.js';
import type { RawRow, RowProblem, RowSource } from './raw-row.js';

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader;

/**
 * Streams one sheet of an XLSX workbook as raw rows, its first row as the header. Cell values become
 * text: numbers with a '.' decimal mark, dates as yyyy-mm-dd (or full ISO when they carry a time).
 */
export async function openXlsx(path: string, sheetName: string, attempt = 1): Promise<RowSource> {
  const file = basename(path);
  const input = countedReadStream(path);
  try {
    return await findSheet(file, input, sheetName);
  } catch (error) {
    input.stream.destroy();
    // exceljs's streaming reader now and then ends its walk of the zip before the last entry
    // (xl/workbook.xml in most writers) and then fails on the sheets it set aside; seen under load,
    // never twice in a row. A file that really lacks it fails the second reading the same way.
    if (attempt === 1 && endedBeforeWorkbook(error)) return openXlsx(path, sheetName, 2);
    throw error;
  }
}

function endedBeforeWorkbook(error: unknown): boolean {
  return (
    error instanceof VetaError &&
    error.cause instanceof TypeError &&
    error.cause.message.includes("reading 'sheets'")
  );
}

async function findSheet(file: string, input: CountedStream, sheetName: string): Promise<RowSource> {
  const sheets = workbookSheets(input, file);
  const seen: string[] = [];
  for (;;) {
    const next = await sheets.next();
    if (next.done === true) {
      throw new VetaError(
        'SHEET_MISSING',
        `${file} has no sheet named ${sheetName} (it has: ${seen.join(', ') || 'none'}). Rename the sheet or force another profile with --profile.`,
      );
    }
    const sheet = next.value;
    const name = 'name' in sheet && typeof sheet.name === 'string' ? sheet.name : '';
    seen.push(name);
    if (name === sheetName) return openSheet(file, sheet, input);
    await drain(sheet);
  }
}

/** The streaming reader only reaches the next sheet once this one has been read to its end. */
async function drain(sheet: SheetReader): Promise<void> {
  const rows = sheet[Symbol.asyncIterator]();
  while ((await rows.next()).done !== true) {
    // skip the row
  }
}

async function* workbookSheets(input: CountedStream, file: string): AsyncGenerator<SheetReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input.stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date style: without styles they read as numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    yield* reader;
  } catch (error) {
    throw new VetaError(
      'FILE_UNREADABLE',
      `${file} is not a readable XLSX workbook (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error },
    );
  }
}

async function openSheet(file: string, sheet: SheetReader, input: CountedStream): Promise<RowSource> {
  const rows = sheet[Symbol.asyncIterator]();
  const first = await rows.next();
  if (first.done === true) {
    throw new VetaError('FILE_EMPTY', `${file}: the sheet is empty, with no header row.`);
  }
  const header = checkHeader(
    file,
    cellTexts(first.value).map((cell) => cell.text),
    null,
  );
  return {
    header,
    rows: sheetRows(rows, header),
    bytesRead: () => input.bytesRead(),
    close: () => input.stream.destroy(),
  };
}

async function* sheetRows(
  rows: AsyncIterator<ExcelJS.Row>,
  header: readonly string[],
): AsyncGenerator<RawRow> {
  for (;;) {
    const next = await rows.next();
    if (next.done === true) return;
    const cells = cellTexts(next.value);
    if (cells.every((cell) => cell.text === '')) continue;
    const values: Record<string, string> = {};
    const problems: RowProblem[] = [];
    header.forEach((name, index) => {
      const cell = cells[index];
      values[name] = cell?.text ?? '';
      if (cell?.error)
        problems.push({
          column: name,
          code: 'CELL_ERROR',
          message: `Row ${next.value.number}, column ${name}: the cell holds the error ${cell.error}.`,
        });
    });
    yield rejectControlCharacters({ rowNumber: next.value.number, values, problems });
  }
}

interface CellText {
  text: string;
  error?: string;
}

function cellTexts(row: ExcelJS.Row): CellText[] {
  const values = Array.isArray(row.values) ? row.values.slice(1) : [];
  return Array.from(values, (value: ExcelJS.CellValue) => cellText(value));
}

function cellText(value: ExcelJS.CellValue): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: dateText(value) };
  if ('richText' in value)
    return {
      text: value.richText
        .map((part) => part.text)
        .join('')
        .trim(),
    };
  if ('error' in value) return { text: '', error: value.error };
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('text' in value) return { text: value.text.trim() };
  return { text: '' };
}

/** Excel stores dates without a zone: a midnight value is a date, anything else a timestamp. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
