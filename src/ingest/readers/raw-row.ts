import type { QualityFlag } from '@veta/standard';

/** Why a row cannot become a record as read: it goes to the quarantine with this reason. */
export interface RowProblem {
  column: string | null;
  code: string;
  message: string;
}

/**
 * One row of a source file as read, before any mapping: values by column name, as text. `rowNumber`
 * is where a person finds the row: the line in a CSV file, the row in a sheet (the header is 1).
 */
export interface RawRow {
  rowNumber: number;
  values: Record<string, string>;
  problems: RowProblem[];
  /** What the reader noticed that keeps the row but should be checked (read in another encoding). */
  flags?: QualityFlag[];
}

/** A reader of one file format: header first, then the rows, streamed. */
export interface RowSource {
  /** Column names as the file's header gives them, trimmed. */
  header: readonly string[];
  rows: AsyncIterable<RawRow>;
  /** Bytes of the file read so far, for progress. */
  bytesRead(): number;
  /** Stops reading and releases the file, for a source not read to its end. */
  close(): void;
}

/** For each column a profile reads, the file's own name for it: FECHA_EMISION → "Fecha de emisión". */
export type ColumnMap = Readonly<Record<string, string>>;
