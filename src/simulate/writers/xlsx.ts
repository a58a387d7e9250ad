import ExcelJS from 'exceljs';
import { utcDate } from '../calendar.js';
import { fixZipTimestamps } from './zip-timestamps.js';
import { assertKnownColumns, isDay, type Cell, type Row, type TableWriter } from './table-writer.js';

// Fixed metadata so that the workbook's bytes depend only on its rows.
const FIXED_STAMP = new Date(Date.UTC(2024, 0, 1));

type XlsxValue = string | number | Date | null;

/** Where a sheet's XML waits for archiver to deflate it: bytes waiting, and the stream that drains them. */
interface Backlog {
  readonly bytes: number;
  readonly highWaterMark: number;
  readonly stream: { once(event: 'drain', listener: () => void): unknown };
}

/**
 * Writes an XLSX workbook with one sheet named after the layout id, through exceljs's streaming
 * writer (no shared strings; styles only because dates need a date format). Committed rows become
 * XML at once, but deflate runs on the thread pool: without `drain` between batches, the XML of
 * every row waits in memory until the file closes. Calendar days become Excel dates.
 */
export class XlsxTableWriter implements TableWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly known: ReadonlySet<string>;
  private count = 0;

  constructor(
    private readonly path: string,
    private readonly layoutId: string,
    private readonly columns: readonly string[],
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: false,
    });
    this.workbook.creator = 'Veta simulator';
    this.workbook.created = FIXED_STAMP;
    this.workbook.modified = FIXED_STAMP;
    this.sheet = this.workbook.addWorksheet(layoutId);
    this.sheet.addRow([...columns]).commit();
    this.known = new Set(columns);
  }

  /** Rows written so far, header excluded. */
  get rows(): number {
    return this.count;
  }

  /** Appends one row in the layout's column order. */
  write(row: Row): void {
    assertKnownColumns(row, this.known, this.layoutId);
    this.sheet.addRow(this.columns.map((column) => toValue(row[column]))).commit();
    this.count++;
  }

  /** Bytes of sheet XML waiting to be deflated, when exceljs exposes its pipeline (undefined otherwise). */
  get backlogBytes(): number | undefined {
    return sheetBacklog(this.sheet)?.bytes;
  }

  /** Waits until deflate has caught up with the rows written so far. */
  async drain(): Promise<void> {
    // At or above the high-water mark the last write returned false, so 'drain' is sure to come.
    for (;;) {
      const backlog = sheetBacklog(this.sheet);
      if (!backlog || backlog.bytes < backlog.highWaterMark) return;
      await new Promise<void>((resolve) => backlog.stream.once('drain', resolve));
    }
  }

  /** Finishes the workbook and stamps its entries with a fixed time. */
  async close(): Promise<void> {
    this.sheet.commit();
    await this.workbook.commit();
    fixZipTimestamps(this.path, 2024, 1, 1);
  }
}

function toValue(cell: Cell): XlsxValue {
  if (cell === undefined) return null;
  if (isDay(cell)) return utcDate(cell);
  return cell;
}

// exceljs 4 pipes each sheet's XML stream into archiver through a PassThrough of readable-stream 2
// (which predates `writableLength`), created when the first row is written. None of this is in
// the typings, so the shape is checked rather than assumed; a test fails if it ever changes.
function sheetBacklog(sheet: ExcelJS.Worksheet): Backlog | undefined {
  const stream = property(sheet, 'stream');
  const pipes = property(stream, 'pipes');
  const pipe: unknown = Array.isArray(pipes) ? pipes[0] : undefined;
  const state = property(pipe, '_writableState');
  const bytes = property(state, 'length');
  const highWaterMark = property(state, 'highWaterMark');
  if (typeof bytes !== 'number' || typeof highWaterMark !== 'number' || !isDrainable(pipe)) return undefined;
  return { bytes, highWaterMark, stream: pipe };
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

function isDrainable(value: unknown): value is Backlog['stream'] {
  return typeof property(value, 'once') === 'function';
}
