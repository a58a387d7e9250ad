import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { VetaError } from '../../core/veta-error.js';
import { copyChunks, copyStatement } from './copy-csv.js';
import {
  VETA_SCHEMA,
  type CopyRows,
  type CopyText,
  type Database,
  type Queryable,
  type QueryOptions,
} from './database.js';
import { TYPE_PARSERS } from './type-parsers.js';

const types: pg.CustomTypesConfig = {
  getTypeParser: (oid, format): unknown => TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format),
};

/** Connects a pool to the PostgreSQL server at `url`, checking at once that the server answers. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'veta',
    // JIT compiles a plan when its estimated cost is high; detection's joins are costed high and run
    // in seconds, so compiling them cost more than running them (measured: 48 s became 3.5 min).
    options: `-c search_path=${VETA_SCHEMA},public -c jit=off`,
    types,
    max: 10,
  });
  // An idle client's error (server restart) must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const location = redactUrl(url);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    throw new VetaError(
      'DB_UNREACHABLE',
      `Could not connect to PostgreSQL at ${location} (${describeError(error)}). Start the server, or check DATABASE_URL or --db.`,
      { cause: error },
    );
  }
  return new PostgresDatabase(pool, location);
}

class PostgresDatabase implements Database {
  readonly engine = 'postgres';

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {}

  async query<Row extends object>(
    sql: string,
    params: readonly unknown[] = [],
    options: QueryOptions = {},
  ): Promise<Row[]> {
    const result = await this.pool.query<Row>(queryConfig(sql, params, options));
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  copyRows(table: string, columns: readonly string[], rows: CopyRows): Promise<number> {
    return this.copyText(table, columns, copyChunks(rows, COPY_CHUNK_BYTES));
  }

  async copyText(table: string, columns: readonly string[], chunks: CopyText): Promise<number> {
    const client = await this.pool.connect();
    try {
      return await copyThrough(client, table, columns, chunks);
    } finally {
      client.release();
    }
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(wrapClient(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

function wrapClient(client: pg.PoolClient): Queryable {
  return {
    query: async <Row extends object>(
      sql: string,
      params: readonly unknown[] = [],
      options: QueryOptions = {},
    ) => (await client.query<Row>(queryConfig(sql, params, options))).rows,
    exec: async (sql: string) => {
      await client.query(sql);
    },
    copyRows: (table, columns, rows) =>
      copyThrough(client, table, columns, copyChunks(rows, COPY_CHUNK_BYTES)),
    copyText: (table, columns, chunks) => copyThrough(client, table, columns, chunks),
  };
}

const COPY_CHUNK_BYTES = 256 * 1024;

/**
 * The statement as `pg` runs it: a prepared one is named by its text's digest, so the same text
 * always finds its own statement on a connection and two texts never share a name.
 */
function queryConfig(sql: string, params: readonly unknown[], options: QueryOptions): pg.QueryConfig {
  const values = [...params];
  return options.prepare === true ? { name: statementName(sql), text: sql, values } : { text: sql, values };
}

const statementNames = new Map<string, string>();

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `veta_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    statementNames.set(sql, name);
  }
  return name;
}

async function copyThrough(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  chunks: CopyText,
): Promise<number> {
  const stream = client.query(copyFrom(copyStatement(table, columns, 'STDIN')));
  let total = 0;
  const counted = async function* () {
    for await (const chunk of chunks) {
      total += chunk.rows;
      yield chunk.text;
    }
  };
  await pipeline(Readable.from(counted()), stream);
  return total;
}

/** The URL with its password replaced, so it can be printed and logged. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function describeError(error: unknown): string {
  if (error instanceof AggregateError) return error.errors.map(describeError).join('; ');
  if (error instanceof Error)
    return 'code' in error && typeof error.code === 'string' ? error.code : error.message;
  return String(error);
}
