import type { CopyChunk } from './database.js';

/**
 * Encodes rows in the text form of PostgreSQL's COPY: tab-separated, `\N` for NULL, and only
 * backslash, tab, newline and carriage return escaped. Written here rather than with a CSV library
 * because COPY's CSV form tells NULL from the empty string only by quoting, and quoting every value
 * means doubling every quote of every JSON document: the text form needs neither, and JSON text
 * (whose control characters are already escaped) only ever needs its backslashes doubled.
 */
export function copyLine(values: readonly unknown[]): string {
  let line = '';
  for (let index = 0; index < values.length; index++) {
    if (index > 0) line += '\t';
    line += copyField(values[index]);
  }
  return `${line}\n`;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  // Objects and arrays go to json/jsonb columns.
  const json = JSON.stringify(value);
  return json.includes('\\') ? json.replaceAll('\\', '\\\\') : json;
}

function escapeText(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, (special) => ESCAPES[special] ?? special) : text;
}

/** The COPY statement for a table and its columns, identifiers quoted. */
export function copyStatement(table: string, columns: readonly string[], source: string): string {
  const list = columns.map(quoteIdentifier).join(', ');
  return `COPY ${table.split('.').map(quoteIdentifier).join('.')} (${list}) FROM ${source}`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Gathers COPY lines into chunks of about `chunkBytes`, so memory stays bounded. */
export class CopyChunker {
  private text = '';
  private rows = 0;

  constructor(private readonly chunkBytes = 1024 * 1024) {}

  /** Adds one encoded line; returns a chunk once the lines gathered reach the size. */
  add(line: string): CopyChunk | undefined {
    this.text += line;
    this.rows += 1;
    return this.text.length >= this.chunkBytes ? this.flush() : undefined;
  }

  /** The lines gathered since the last chunk, if any. */
  flush(): CopyChunk | undefined {
    if (this.rows === 0) return undefined;
    const chunk = { text: this.text, rows: this.rows };
    this.text = '';
    this.rows = 0;
    return chunk;
  }
}

/** Groups rows into COPY text chunks of about `chunkBytes`, so memory stays bounded. */
export async function* copyChunks(
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  chunkBytes?: number,
): AsyncGenerator<CopyChunk> {
  const chunker = new CopyChunker(chunkBytes);
  for await (const row of rows) {
    const chunk = chunker.add(copyLine(row));
    if (chunk) yield chunk;
  }
  const last = chunker.flush();
  if (last) yield last;
}
