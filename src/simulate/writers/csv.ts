import { closeSync, openSync, writeSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import type { Day } from '../calendar.js';
import {
  assertKnownColumns,
  formatNumber,
  isDay,
  type Cell,
  type Row,
  type TableWriter,
} from './table-writer.js';

/** How one country writes its CSV files (../shared/formats/national-layouts.md). */
export interface CsvConvention {
  readonly delimiter: string;
  readonly encoding: 'utf8' | 'latin1';
  readonly decimalMark: '.' | ',';
  readonly recordDelimiter: '\n' | '\r\n';
  readonly formatDay: (day: Day) => string;
}

const BATCH_ROWS = 2000;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Writes a CSV file in batches with synchronous writes: memory stays at one batch whatever the
 * file's size, and the bytes depend only on the rows, never on stream timing.
 */
export class CsvTableWriter implements TableWriter {
  private readonly fd: number;
  private readonly known: ReadonlySet<string>;
  private batch: string[][] = [];
  private count = 0;

  constructor(
    path: string,
    private readonly layoutId: string,
    private readonly columns: readonly string[],
    private readonly convention: CsvConvention,
    bom: boolean,
  ) {
    this.fd = openSync(path, 'w');
    this.known = new Set(columns);
    if (bom) writeSync(this.fd, UTF8_BOM);
    this.batch.push([...columns]);
    this.flush();
  }

  /** Rows written so far, header excluded. */
  get rows(): number {
    return this.count;
  }

  /** Appends one row in the layout's column order. */
  write(row: Row): void {
    assertKnownColumns(row, this.known, this.layoutId);
    this.batch.push(this.columns.map((column) => this.formatCell(row[column])));
    this.count++;
    if (this.batch.length >= BATCH_ROWS) this.flush();
  }

  /** Writes what is left and closes the file. */
  close(): Promise<void> {
    this.flush();
    closeSync(this.fd);
    return Promise.resolve();
  }

  private formatCell(cell: Cell): string {
    if (cell === undefined) return '';
    if (typeof cell === 'number') return formatNumber(cell, this.convention.decimalMark);
    if (isDay(cell)) return this.convention.formatDay(cell);
    return cell;
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    const text = stringify(this.batch, {
      delimiter: this.convention.delimiter,
      record_delimiter: this.convention.recordDelimiter === '\n' ? 'unix' : 'windows',
    });
    this.batch = [];
    writeSync(
      this.fd,
      this.convention.encoding === 'utf8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'latin1'),
    );
  }
}
