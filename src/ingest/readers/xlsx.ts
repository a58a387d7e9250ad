import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { VetaError } from '../../core/veta-error.js';
import { countedReadStream, type CountedStream } from './file-stream.js';
import { rejectControlCharacters } from './control-characters.js';
import { checkHeader } from './header.js';
import type { RawRow, RowProblem, RowSource } from './raw-row.js';
import { readLimitExceeded, type ReadLimits } from './read-limits.js';
import { checkXlsxBounds } from './xlsx-bounds.js';

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader;

/**
 * Streams one sheet of an XLSX workbook as raw rows, its first row as the header. Cell values become
 * text: numbers with a '.' decimal mark, dates as yyyy-mm-dd (or full ISO when they carry a time).
 * The workbook is first walked within `limits` (xlsx-bounds.ts): exceljs only reads what passed.
 */
export async function openXlsx(path: string, sheetName: string, limits: ReadLimits): Promise<RowSource> {
  await checkXlsxBounds(path, limits);
  return readSheet(path, sheetName, limits, 1);
}

async function readSheet(
  path: string,
  sheetName: string,
  limits: ReadLimits,
  attempt: number,
): Promise<RowSource> {
  const file = basename(path);
  const workbook = new Workbook(countedReadStream(path), file);
  try {
    return await findSheet({ file, limits }, workbook, sheetName);
  } catch (error) {
    workbook.finish();
    // exceljs's streaming reader now and then ends its walk of the zip before the last entry
    // (xl/workbook.xml in most writers) and then fails on the sheets it set aside; seen under load,
    // never twice in a row. A file that really lacks it fails the second reading the same way.
    if (attempt === 1 && endedBeforeWorkbook(error)) return readSheet(path, sheetName, limits, 2);
    throw error;
  }
}

/**
 * A workbook as exceljs streams it, and the sheet being read. exceljs copies every sheet it meets
 * before the shared strings (where Excel writes them) to a temporary file, and deletes that copy
 * only once it has read it through and been asked for the next sheet: so however a read ends
 * (read through, closed early, failed on a bound) the workbook is walked on to its end before the
 * file is closed, or the copies would stay until the process exits. The walk is bounded by the
 * workbook's total size (xlsx-bounds.ts) and runs in the background, as nothing waits on it.
 */
class Workbook {
  readonly sheets: AsyncGenerator<SheetReader>;
  rows: AsyncIterator<ExcelJS.Row> | undefined;
  #finished = false;

  constructor(
    readonly input: CountedStream,
    readonly file: string,
  ) {
    this.sheets = workbookSheets(input, file);
  }

  /** Walks the rest of the workbook, so exceljs removes its copies, then closes the file; once. */
  finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    const rest = async (): Promise<void> => {
      const rows = this.rows;
      if (rows) while ((await rows.next()).done !== true) continue;
      for (let next = await this.sheets.next(); next.done !== true; next = await this.sheets.next())
        await drain(next.value, this.file);
    };
    // A failure here is the reading's own, already met or met past the rows it wanted: either way
    // the reading is over, and exceljs's graceful cleanup removes what is left when the process exits.
    void rest()
      .catch(() => undefined)
      .finally(() => this.input.stream.destroy());
  }
}

/** The file's name, for messages, and the bounds its rows are read within. */
interface Reading {
  file: string;
  limits: ReadLimits;
}

function endedBeforeWorkbook(error: unknown): boolean {
  return (
    error instanceof VetaError &&
    error.cause instanceof TypeError &&
    error.cause.message.includes("reading 'sheets'")
  );
}

async function findSheet(reading: Reading, workbook: Workbook, sheetName: string): Promise<RowSource> {
  const { file } = reading;
  const seen: string[] = [];
  for (;;) {
    const next = await workbook.sheets.next();
    if (next.done === true) {
      throw new VetaError(
        'SHEET_MISSING',
        `${file} has no sheet named ${sheetName} (it has: ${seen.join(', ') || 'none'}). Rename the sheet or force another profile with --profile.`,
      );
    }
    const sheet = next.value;
    const name = 'name' in sheet && typeof sheet.name === 'string' ? sheet.name : '';
    seen.push(name);
    if (name === sheetName) return openSheet(reading, sheet, workbook);
    await drain(sheet, file);
  }
}

/**
 * The streaming reader only reaches the next sheet once this one has been read to its end; a sheet
 * skipped on the way can be as damaged as the one wanted, and fails in the same terms.
 */
async function drain(sheet: SheetReader, file: string): Promise<void> {
  const rows = guarded(file, sheet[Symbol.asyncIterator]());
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
    throw unreadable(file, error);
  }
}

/**
 * What exceljs met, in the user's terms: the zip passed its walk (xlsx-bounds.ts), so what is left
 * is content exceljs cannot make sense of. Its own message (a parser's) stays as the cause, for the log.
 */
function unreadable(file: string, error: unknown): VetaError {
  if (error instanceof VetaError) return error;
  return new VetaError(
    'FILE_UNREADABLE',
    error instanceof TypeError
      ? `${file} is not a complete XLSX workbook: it lacks a part every workbook has (the list of its sheets or their links). Open it in Excel or LibreOffice and save it again as .xlsx.`
      : `${file} is a damaged XLSX workbook: the XML inside it is not well formed. Open it in Excel or LibreOffice and save it again as .xlsx.`,
    { cause: error },
  );
}

async function openSheet(reading: Reading, sheet: SheetReader, workbook: Workbook): Promise<RowSource> {
  const { file } = reading;
  const rows = guarded(file, sheet[Symbol.asyncIterator]());
  workbook.rows = rows;
  const first = await rows.next();
  if (first.done === true) {
    throw new VetaError('FILE_EMPTY', `${file}: the sheet is empty, with no header row.`);
  }
  const header = checkHeader(
    file,
    cellTexts(reading, first.value).map((cell) => cell.text),
    null,
  );
  return {
    header,
    rows: sheetRows(reading, rows, header),
    bytesRead: () => workbook.input.bytesRead(),
    close: () => workbook.finish(),
  };
}

/** The sheet's rows, with exceljs's failures while reading them in the user's terms. */
function guarded(file: string, rows: AsyncIterator<ExcelJS.Row>): AsyncIterator<ExcelJS.Row> {
  return {
    next: async () => {
      try {
        return await rows.next();
      } catch (error) {
        throw unreadable(file, error);
      }
    },
  };
}

async function* sheetRows(
  reading: Reading,
  rows: AsyncIterator<ExcelJS.Row>,
  header: readonly string[],
): AsyncGenerator<RawRow> {
  for (;;) {
    const next = await rows.next();
    if (next.done === true) return;
    const cells = cellTexts(reading, next.value);
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

/** A row's cells; its last column is checked first, as a sparse row would otherwise be filled in. */
function cellTexts({ file, limits }: Reading, row: ExcelJS.Row): CellText[] {
  const values = Array.isArray(row.values) ? row.values : [];
  const columns = Math.max(0, values.length - 1);
  if (columns > limits.maxColumns)
    throw readLimitExceeded(
      file,
      'maxColumns',
      limits,
      `row ${row.number} reaches column ${columns.toLocaleString('en')}`,
    );
  return Array.from(values.slice(1), (value: ExcelJS.CellValue) => cellText(value));
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
