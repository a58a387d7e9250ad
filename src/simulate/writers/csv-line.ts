// RFC 4180 quoting. For fields without line breaks (all the simulator writes) these are exactly the
// bytes csv-stringify wrote before rows were encoded one at a time; with line breaks we quote, as
// RFC 4180 asks, where csv-stringify 6 leaves a lone LF bare in a CRLF file.

/** A field as a CSV file holds it: quoted (inner quotes doubled) when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter: string): string {
  const quote = value.includes('"');
  if (!quote && !value.includes(delimiter) && !value.includes('\n') && !value.includes('\r')) return value;
  return `"${quote ? value.replaceAll('"', '""') : value}"`;
}

/** One CSV record: fields quoted as needed, joined by the delimiter, ended by the record delimiter. */
export function csvLine(fields: readonly string[], delimiter: string, recordDelimiter: string): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    if (i > 0) line += delimiter;
    line += csvField(fields[i] ?? '', delimiter);
  }
  return line + recordDelimiter;
}
