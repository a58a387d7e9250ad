import type { Day } from '../calendar.js';

/** One value in a row: text, a number, a calendar day, or nothing (an empty cell). */
export type Cell = string | number | Day | undefined;

/** A row keyed by the layout's column names; missing columns are written empty. */
export type Row = Readonly<Record<string, Cell>>;

/** A file of one layout being written row by row. */
export interface TableWriter {
  /** Appends one row; the first one is row 1 (the header is not counted). */
  write(row: Row): void;
  /** Rows written so far. */
  readonly rows: number;
  /** Resolves once rows written so far have left memory (an XLSX's deflate may lag behind). */
  drain(): Promise<void>;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

/** True when a cell is a calendar day rather than text or a number. */
export function isDay(cell: Cell): cell is Day {
  return typeof cell === 'object';
}

/** Throws when a row names a column the layout does not have: a bug in a row producer. */
export function assertKnownColumns(row: Row, columns: ReadonlySet<string>, layoutId: string): void {
  for (const key of Object.keys(row)) {
    if (!columns.has(key)) throw new Error(`Row for ${layoutId} has unknown column ${key}`);
  }
}
