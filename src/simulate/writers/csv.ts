import type { Day } from '../calendar.js';
import { ChunkedFile, type TextEncoding } from './chunked-file.js';
import { csvLine } from './csv-line.js';
import { cellHash, formatNumber, groupThousands } from './number-format.js';
import { assertKnownColumns, isDay, type Cell, type Row, type TableWriter } from './table-writer.js';

/** How one country writes its CSV files (../shared/formats/national-layouts.md). */
export interface CsvConvention {
  readonly delimiter: string;
  readonly encoding: TextEncoding;
  readonly decimalMark: '.' | ',';
  readonly recordDelimiter: '\n' | '\r\n';
  readonly formatDay: (day: Day) => string;
  /** Thousands separator written on a share of numbers of 1,000 or more ("1.234.567,89"), when the country uses one. */
  readonly thousands?: { readonly separator: string; readonly share: number };
}

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * Writes a CSV file row by row: each row is encoded into the file's buffer as it arrives, so memory
 * stays at one buffer whatever the file's size, and the bytes depend only on the rows.
 */
export class CsvTableWriter implements TableWriter {
  private readonly file: ChunkedFile;
  private readonly known: ReadonlySet<string>;
  private readonly fields: string[];
  private count = 0;

  constructor(
    path: string,
    private readonly layoutId: string,
    private readonly columns: readonly string[],
    private readonly convention: CsvConvention,
    bom: boolean,
  ) {
    this.file = new ChunkedFile(path, convention.encoding);
    this.known = new Set(columns);
    this.fields = columns.map(() => '');
    if (bom) this.file.writeBytes(UTF8_BOM);
    this.file.write(csvLine(columns, convention.delimiter, convention.recordDelimiter));
  }

  /** Rows written so far, header excluded. */
  get rows(): number {
    return this.count;
  }

  /** Appends one row in the layout's column order. */
  write(row: Row): void {
    assertKnownColumns(row, this.known, this.layoutId);
    for (let i = 0; i < this.columns.length; i++)
      this.fields[i] = this.formatCell(row[this.columns[i] ?? ''], i);
    this.file.write(csvLine(this.fields, this.convention.delimiter, this.convention.recordDelimiter));
    this.count++;
  }

  /** Nothing waits: rows are in the file's buffer as soon as they are written. */
  drain(): Promise<void> {
    return Promise.resolve();
  }

  /** Writes what is left and closes the file. */
  close(): Promise<void> {
    this.file.close();
    return Promise.resolve();
  }

  private formatCell(cell: Cell, column: number): string {
    if (cell === undefined) return '';
    if (typeof cell === 'number') return this.formatNumberCell(cell, column);
    if (isDay(cell)) return this.convention.formatDay(cell);
    return cell;
  }

  private formatNumberCell(value: number, column: number): string {
    const text = formatNumber(value, this.convention.decimalMark);
    const thousands = this.convention.thousands;
    if (!thousands || Math.abs(value) < 1000) return text;
    // The cell's position decides, not the random streams: the rest of the file keeps its bytes.
    return cellHash(this.count, column) < thousands.share ? groupThousands(text, thousands.separator) : text;
  }
}
