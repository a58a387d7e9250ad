/**
 * Encodes rows in the CSV form of PostgreSQL's COPY. Written here rather than with a CSV library
 * because COPY tells NULL from the empty string only by quoting: NULL is an unquoted empty field,
 * '' is `""`. Every non-null value is therefore quoted.
 */
export function copyCsvLine(values: readonly unknown[]): string {
  return `${values.map(copyCsvField).join(',')}\n`;
}

function copyCsvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  return `"${copyText(value).replaceAll('"', '""')}"`;
}

function copyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  // Objects and arrays go to json/jsonb columns.
  return JSON.stringify(value);
}

/** The COPY statement for a table and its columns, identifiers quoted. */
export function copyStatement(table: string, columns: readonly string[], source: string): string {
  const list = columns.map(quoteIdentifier).join(', ');
  return `COPY ${table.split('.').map(quoteIdentifier).join('.')} (${list}) FROM ${source} WITH (FORMAT csv)`;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Groups rows into CSV text chunks of about `chunkBytes`, so memory stays bounded. */
export async function* copyCsvChunks(
  rows: AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>,
  chunkBytes = 4 * 1024 * 1024,
): AsyncGenerator<{ text: string; rows: number }> {
  let parts: string[] = [];
  let size = 0;
  let count = 0;
  for await (const row of rows) {
    const line = copyCsvLine(row);
    parts.push(line);
    size += line.length;
    count += 1;
    if (size >= chunkBytes) {
      yield { text: parts.join(''), rows: count };
      parts = [];
      size = 0;
      count = 0;
    }
  }
  if (count > 0) yield { text: parts.join(''), rows: count };
}
