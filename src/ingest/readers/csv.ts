import { basename } from 'node:path';
import { pipeline } from 'node:stream';
import { parse, type CsvError, type Info, type InfoRecord } from 'csv-parse';
import iconv from 'iconv-lite';
import { VetaError } from '../../core/veta-error.js';
import { countedReadStream } from './file-stream.js';
import { rejectControlCharacters } from './control-characters.js';
import { checkHeader } from './header.js';
import type { RawRow, RowProblem, RowSource } from './raw-row.js';

export type TextEncoding = 'utf-8' | 'latin1';

export interface CsvOptions {
  encoding: TextEncoding;
  delimiter: string;
  /** Longest value accepted, in characters; a row with a longer one is quarantined, not loaded. */
  maxFieldChars?: number;
}

// A quote opened and never closed swallows the rest of the file; past this the parser gives up.
const MAX_RECORD_CHARS = 64 * 1024 * 1024;
const RAW_KEPT_CHARS = 10_000;

const REPLACEMENT = '\uFFFD';

/**
 * Streams a CSV file as raw rows: decoded from its encoding (a UTF-8 BOM is dropped), parsed by
 * csv-parse. Rows that cannot be parsed come out with a problem instead of stopping the file.
 */
export async function openCsv(path: string, options: CsvOptions): Promise<RowSource> {
  const file = basename(path);
  const skipped: RawRow[] = [];
  let lastRecordLine = 0;
  const input = countedReadStream(path);
  const csv = parse({
    delimiter: options.delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    // Agencies' exports carry stray quotes inside values: keep them as written, not reject the row.
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
    raw: true,
    on_record: (record: string[], context: Info) => {
      lastRecordLine = context.lines;
      return record;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      skipped.push(unparseable(error, raw, lastRecordLine + 1));
    },
  });
  // pipeline() carries a read error through to the parser, so the row loop fails instead of hanging.
  const parser = pipeline(
    input.stream,
    iconv.decodeStream(options.encoding === 'utf-8' ? 'utf8' : 'latin1'),
    csv,
    () => undefined,
  );
  const close = (): void => {
    input.stream.destroy();
    parser.destroy();
  };
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: InfoRecord }>;
  let header: string[];
  try {
    const first = await records.next();
    if (first.done === true)
      throw new VetaError(
        'FILE_EMPTY',
        `${file} is empty: it has no header row. Check that the export finished.`,
      );
    header = checkHeader(file, first.value.record, options.delimiter);
  } catch (error) {
    close();
    throw error;
  }
  const limits = { encoding: options.encoding, maxFieldChars: options.maxFieldChars ?? 1_000_000 };
  return {
    header,
    rows: csvRows(records, header, skipped, limits),
    bytesRead: () => input.bytesRead(),
    close,
  };
}

async function* csvRows(
  records: AsyncIterator<{ record: string[]; info: InfoRecord }>,
  header: readonly string[],
  skipped: RawRow[],
  limits: RowLimits,
): AsyncGenerator<RawRow> {
  for (;;) {
    const next = await records.next();
    yield* skipped.splice(0);
    if (next.done === true) return;
    const { record, info } = next.value;
    yield rejectControlCharacters(
      checkFieldLengths(toRawRow(record, startLine(info), header, limits.encoding), limits.maxFieldChars),
    );
  }
}

interface RowLimits {
  encoding: TextEncoding;
  maxFieldChars: number;
}

/** The line a record starts on: csv-parse counts to its end, and a quoted value may span lines. */
function startLine(info: InfoRecord): number {
  return info.lines - innerLineBreaks(info.raw ?? '');
}

function innerLineBreaks(raw: string): number {
  // Skipped blank lines come at the front of the raw text; they are not part of the record.
  return (
    raw
      .replace(/^(\r?\n)+/, '')
      .replace(/\r?\n$/, '')
      .split('\n').length - 1
  );
}

function checkFieldLengths(row: RawRow, maxFieldChars: number): RawRow {
  const long = Object.keys(row.values).find((name) => (row.values[name]?.length ?? 0) > maxFieldChars);
  if (long === undefined) return row;
  const length = row.values[long]?.length ?? 0;
  row.values[long] = `${row.values[long]?.slice(0, RAW_KEPT_CHARS) ?? ''}… (${length} characters)`;
  row.problems.push({
    column: long,
    code: 'FIELD_TOO_LONG',
    message: `Row ${row.rowNumber}, column ${long}: the value has ${length.toLocaleString('en')} characters, more than the ${maxFieldChars.toLocaleString('en')} accepted; only its start is kept.`,
  });
  return row;
}

function toRawRow(
  record: readonly string[],
  rowNumber: number,
  header: readonly string[],
  encoding: TextEncoding,
): RawRow {
  const values: Record<string, string> = {};
  const problems: RowProblem[] = [];
  header.forEach((name, index) => {
    values[name] = record[index] ?? '';
  });
  if (record.length < header.length) {
    problems.push({
      column: header[record.length] ?? null,
      code: 'ROW_SHORT',
      message: `Row ${rowNumber} has ${record.length} of ${header.length} columns: the line may be truncated or missing separators.`,
    });
  } else if (record.length > header.length) {
    record.slice(header.length).forEach((value, index) => (values[`_extra_${index + 1}`] = value));
    problems.push({
      column: null,
      code: 'ROW_LONG',
      message: `Row ${rowNumber} has ${record.length} columns where the header has ${header.length}: a value may contain an unquoted separator.`,
    });
  }
  const garbled = header.find((name) => values[name]?.includes(REPLACEMENT));
  if (garbled !== undefined && encoding === 'utf-8') {
    problems.push({
      column: garbled,
      code: 'ENCODING_INVALID',
      message: `Row ${rowNumber}, column ${garbled}: the bytes are not valid UTF-8. The file may be in ISO-8859-1 (Latin-1): check the profile's encoding.`,
    });
  }
  return { rowNumber, values, problems };
}

function unparseable(error: CsvError | undefined, raw: string | undefined, fallback: number): RawRow {
  const lastLine = typeof error?.lines === 'number' ? error.lines : fallback;
  const rowNumber = raw === undefined ? fallback : Math.max(1, lastLine - innerLineBreaks(raw));
  const span =
    lastLine > rowNumber
      ? `Rows ${rowNumber} to ${lastLine} were read as one record and`
      : `Row ${rowNumber}`;
  const reason =
    error?.code === 'CSV_QUOTE_NOT_CLOSED'
      ? `could not be read: a quote opened in row ${rowNumber} is never closed. Fix the quote and load the file again`
      : `could not be parsed (${error?.message ?? 'unknown error'})`;
  const text = raw ?? '';
  const kept =
    text.length > RAW_KEPT_CHARS ? `${text.slice(0, RAW_KEPT_CHARS)}… (${text.length} characters)` : text;
  return {
    rowNumber,
    values: { _raw: kept },
    problems: [{ column: null, code: 'ROW_UNPARSEABLE', message: `${span} ${reason}.` }],
  };
}
