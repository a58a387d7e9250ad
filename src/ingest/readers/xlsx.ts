import { basename, posix } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { VetaError } from '../../core/veta-error.js';
import { rejectControlCharacters } from './control-characters.js';
import { checkHeader } from './header.js';
import type { RawRow, RowProblem, RowSource } from './raw-row.js';
import { readLimitExceeded, type ReadLimits } from './read-limits.js';
import {
  checkStringCount,
  checkXlsxBounds,
  partShape,
  shapeError,
  type MeasuredParts,
} from './xlsx-bounds.js';
import { openZipDirectory, type ZipDirectory } from './zip-directory.js';

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

/**
 * Streams one sheet of an XLSX workbook as raw rows, its first row as the header. Cell values become
 * text: numbers with a '.' decimal mark, dates as yyyy-mm-dd (or full ISO when they carry a time).
 * The workbook is first walked within `limits` (xlsx-bounds.ts); its parts are then read from the
 * zip's central directory, each only as far as the walk measured it.
 */
export async function openXlsx(path: string, sheetName: string, limits: ReadLimits): Promise<RowSource> {
  const measured = await checkXlsxBounds(path, limits);
  const file = basename(path);
  const zip = await openZipDirectory(path).catch((error: unknown) => {
    throw new VetaError(
      'FILE_UNREADABLE',
      `${file} is not a complete XLSX workbook: its list of parts (the zip's central directory, at its end) is missing or damaged, as in a file cut short. Fetch or save it again.`,
      { cause: error },
    );
  });
  try {
    const reading: Reading = { file, limits, zip, measured };
    const workbook = await readWorkbook(reading);
    return await openSheet(reading, sheetReader(reading, workbook, sheetName));
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** The file's name, for messages, the bounds its rows are read within, and its parts. */
interface Reading {
  file: string;
  limits: ReadLimits;
  zip: ZipDirectory;
  measured: MeasuredParts;
}

/**
 * exceljs's streaming workbook reader (4.4), driven one part at a time. Its own pass over the zip
 * loses parts now and then (exceljs issue 3064: it pauses the zip parser between parts, and the
 * parser ends without handing over the parts it had read meanwhile), so a sheet read without its
 * styles has dates as numbers and one read without the workbook has no name. Its typings leave
 * out the methods that read one part each; `workbookParts` checks they are there.
 */
interface WorkbookParts {
  workbookRels?: readonly { Id: string; Target: string }[];
  model?: { sheets?: readonly { name: string; rId: string }[] };
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: SheetReader }>;
}

function workbookParts(reader: object): reader is WorkbookParts {
  const methods = ['_parseRels', '_parseWorkbook', '_parseSharedStrings', '_parseStyles', '_parseWorksheet'];
  return methods.every((method) => method in reader && typeof Reflect.get(reader, method) === 'function');
}

/** The parts a sheet's cells are read with: the list of sheets, their links, strings and styles. */
async function readWorkbook(reading: Reading): Promise<WorkbookParts> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(reading.file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date style: without styles they read as numbers
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  if (!workbookParts(reader))
    throw new Error('exceljs no longer reads a workbook part by part: see WorkbookParts in xlsx.ts');
  try {
    await reader._parseRels(requiredPart(reading, WORKBOOK_RELS));
    await reader._parseWorkbook(requiredPart(reading, WORKBOOK));
    if (reading.zip.parts.has(SHARED_STRINGS)) {
      // Kept by the reader as it goes ('cache'): nothing is handed out.
      const strings = reader._parseSharedStrings(part(reading, SHARED_STRINGS));
      while ((await strings.next()).done !== true) continue;
    }
    if (reading.zip.parts.has(STYLES)) await reader._parseStyles(part(reading, STYLES));
  } catch (error) {
    throw unreadable(reading.file, error);
  }
  return reader;
}

/** The named sheet's reader, found through the workbook's list of sheets and its links. */
function sheetReader(reading: Reading, workbook: WorkbookParts, sheetName: string): SheetReader {
  const sheets = workbook.model?.sheets ?? [];
  const sheet = sheets.find((candidate) => candidate.name === sheetName);
  const target = workbook.workbookRels?.find((rel) => rel.Id === sheet?.rId)?.Target;
  if (!sheet || target === undefined) {
    const names = sheets.map((candidate) => candidate.name).join(', ');
    throw new VetaError(
      'SHEET_MISSING',
      `${reading.file} has no sheet named ${sheetName} (it has: ${names || 'none'}). Rename the sheet or force another profile with --profile.`,
    );
  }
  // A link is relative to xl/, or absolute from the archive's root.
  const path = target.startsWith('/') ? target.slice(1) : posix.normalize(`xl/${target}`);
  const sheetNo = /sheet(\d+)\.xml$/.exec(path)?.[1] ?? '0';
  const [emitted] = workbook._parseWorksheet(requiredPart(reading, path), sheetNo);
  if (!emitted) throw new Error('exceljs read the sheet without emitting it: see readWorkbook in xlsx.ts');
  return emitted.value;
}

function requiredPart(reading: Reading, path: string): Readable {
  if (!reading.zip.parts.has(path))
    throw new VetaError(
      'FILE_UNREADABLE',
      `${reading.file} is not a complete XLSX workbook: it lacks its part ${path}, which every workbook has. Open it in Excel or LibreOffice and save it again as .xlsx.`,
    );
  return part(reading, path);
}

/**
 * A part's inflated bytes, scanned as the walk scans an XML part (xlsx-bounds.ts) and held to the
 * size the walk measured under that name: the central directory can point a name at other bytes
 * (a part the walk did not scan as XML, or bytes hidden inside another), which must meet the same
 * bounds before exceljs holds them.
 */
function part(reading: Reading, path: string): Readable {
  const { file, zip, measured, limits } = reading;
  const allowed = measured.get(path) ?? 0;
  const shape = partShape(path, limits);
  let inflated = 0;
  const held = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      inflated += chunk.length;
      try {
        if (inflated > allowed)
          throw new VetaError(
            'FILE_UNREADABLE',
            `${file} is a damaged XLSX workbook: its directory points its part ${path} at bytes that are not that part. Open it in Excel or LibreOffice and save it again as .xlsx.`,
          );
        if (!shape.write(chunk)) throw shapeError(file, path, shape.problem, limits);
        checkStringCount(file, path, shape, limits);
        done(null, chunk);
      } catch (error) {
        done(error instanceof Error ? error : new Error(String(error)));
      }
    },
  });
  zip.onFailure((error) => held.destroy(error));
  const entry = zip.parts.get(path)?.stream();
  if (!entry) return held.end();
  entry.on('error', (error) => held.destroy(error));
  return entry.pipe(held);
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

async function openSheet(reading: Reading, sheet: SheetReader): Promise<RowSource> {
  const { file, zip } = reading;
  const rows = guarded(file, sheet[Symbol.asyncIterator]());
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
    bytesRead: () => zip.bytesRead(),
    close: () => zip.close(),
  };
}

/** The sheet's rows, with exceljs's failures while reading them in the user's terms. */
function guarded(file: string, rows: AsyncIterator<ExcelJS.Row>): AsyncIterator<ExcelJS.Row> {
  return {
    next: async () => {
      let next: IteratorResult<ExcelJS.Row>;
      try {
        next = await rows.next();
      } catch (error) {
        throw unreadable(file, error);
      }
      // A <row> outside <sheetData> comes out as no row at all: the sheet is not shaped as one.
      if (next.done !== true && !isRow(next.value))
        throw new VetaError(
          'FILE_UNREADABLE',
          `${file} is a damaged XLSX workbook: its sheet holds rows outside the sheet's data. Open it in Excel or LibreOffice and save it again as .xlsx.`,
        );
      return next;
    },
  };
}

function isRow(value: unknown): value is ExcelJS.Row {
  return typeof value === 'object' && value !== null;
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
