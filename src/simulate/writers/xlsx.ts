import ExcelJS from 'exceljs';
import { utcDate } from '../calendar.js';
import { fixZipTimestamps } from './zip-timestamps.js';
import { assertKnownColumns, isDay, type Cell, type Row, type TableWriter } from './table-writer.js';

// Fixed metadata so that the workbook's bytes depend only on its rows.
const FIXED_STAMP = new Date(Date.UTC(2024, 0, 1));

type XlsxValue = string | number | Date | null;

/**
 * Writes an XLSX workbook with one sheet named after the layout id, through exceljs's streaming
 * writer so that committed rows leave memory. Calendar days become Excel dates.
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
