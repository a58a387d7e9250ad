/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<Row[]>;
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads rows into `table` with COPY, streaming: memory stays bounded whatever the count.
   * Values: null for NULL; strings, numbers, booleans, Dates; objects for json columns.
   */
  copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number>;
  /**
   * Bulk-loads text already in COPY's text form (see copy-csv.ts): for rows encoded elsewhere, such
   * as a worker thread, which hands over one string per batch instead of its rows' objects.
   */
  copyText(table: string, columns: readonly string[], chunks: CopyText): Promise<number>;
}

/** How a statement is run. */
export interface QueryOptions {
  /**
   * Keep the statement parsed and planned on each connection that runs it (a named prepared
   * statement on PostgreSQL; PGlite has one connection and ignores it). For the statements the API
   * runs on every request: planning the entity profile cost more than running it (4 ms of 7).
   * Only for statements whose text the code writes from a bounded set (values go in parameters):
   * each text stays prepared on its connection for the connection's life.
   */
  readonly prepare?: boolean;
}

export type CopyRows = AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>;

/** Lines in COPY's text form, each ending in a newline, and how many rows they hold. */
export interface CopyChunk {
  text: string;
  rows: number;
}

export type CopyText = AsyncIterable<CopyChunk> | Iterable<CopyChunk>;

export type Engine = 'pglite' | 'postgres';

/**
 * One PostgreSQL dialect on two engines: embedded PGlite or a PostgreSQL server. Both return the
 * same JavaScript values for the same SQL types (see type-parsers.ts).
 */
export interface Database extends Queryable {
  readonly engine: Engine;
  /** Where the data lives, safe to print: a folder, or a URL without its password. */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The schema that holds every Veta table, so that a reset can drop exactly what Veta owns. */
export const VETA_SCHEMA = 'veta';
