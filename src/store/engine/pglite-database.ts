import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { VetaError } from '../../core/veta-error.js';
import { lockDataDir } from './data-dir-lock.js';
import { copyChunks, copyStatement } from './copy-csv.js';
import { VETA_SCHEMA, type CopyRows, type CopyText, type Database, type Queryable } from './database.js';
import { TYPE_PARSERS } from './type-parsers.js';

/** PostgreSQL's own files live in a subfolder, leaving the data folder free for Veta's lock. */
const PGDATA = 'pgdata';

// PostgreSQL's default 128 MB of shared buffers sit in the WebAssembly heap from the start, where
// the operating system's file cache would otherwise do the same work: a smaller pool keeps an
// ingest under 512 MB (issue 5).
const SHARED_BUFFERS = '32MB';

/** Opens (creating on first use) the embedded database whose files live in `dataDir`. */
export async function openPglite(dataDir: string): Promise<Database> {
  const release = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(join(dataDir, PGDATA), {
      extensions: { pg_trgm, pgcrypto, unaccent },
      parsers: TYPE_PARSERS,
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${SHARED_BUFFERS}`],
    });
    // One connection for the life of the process, so a session setting holds for every query.
    await db.exec(`SET search_path TO ${VETA_SCHEMA}, public`);
  } catch (error) {
    release();
    throw new VetaError(
      'DATA_DIR_UNUSABLE',
      `The embedded database in ${dataDir} could not be opened (${String(error)}). Check the folder's permissions, or point VETA_DATA_DIR elsewhere.`,
      { cause: error },
    );
  }
  return new PgliteDatabase(db, dataDir, release);
}

class PgliteDatabase implements Database {
  readonly engine = 'pglite';

  constructor(
    private readonly db: PGlite,
    readonly location: string,
    private readonly release: () => void,
  ) {}

  query<Row extends object>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return runQuery<Row>(this.db, sql, params);
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number> {
    return copyInChunks(this.db, table, columns, copyChunks(rows));
  }

  copyText(table: string, columns: readonly string[], chunks: CopyText): Promise<number> {
    return copyInChunks(this.db, table, columns, chunks);
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) => work(wrapTransaction(tx)));
  }

  async close(): Promise<void> {
    try {
      await this.db.close();
    } finally {
      this.release();
    }
  }
}

function wrapTransaction(tx: Transaction): Queryable {
  return {
    query: <Row extends object>(sql: string, params: readonly unknown[] = []) =>
      runQuery<Row>(tx, sql, params),
    exec: async (sql: string) => {
      await tx.exec(sql);
    },
    copyRows: (table, columns, rows) => copyInChunks(tx, table, columns, copyChunks(rows)),
    copyText: (table, columns, chunks) => copyInChunks(tx, table, columns, chunks),
  };
}

/** PGlite reads COPY input from a Blob, not a stream: rows go in bounded chunks, one COPY each. */
async function copyInChunks(
  target: PGlite | Transaction,
  table: string,
  columns: readonly string[],
  chunks: CopyText,
): Promise<number> {
  const statement = copyStatement(table, columns, "'/dev/blob'");
  let total = 0;
  for await (const chunk of chunks) {
    await target.query(statement, [], { blob: new Blob([chunk.text]) });
    total += chunk.rows;
  }
  return total;
}

async function runQuery<Row extends object>(
  target: PGlite | Transaction,
  sql: string,
  params: readonly unknown[],
): Promise<Row[]> {
  const result = await target.query<Row>(sql, [...params]);
  return result.rows;
}
