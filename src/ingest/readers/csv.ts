import { basename } from 'node:path';
import { pipeline } from 'node:stream';
import { qualityFlag } from '@veta/standard';
import { parse, type CsvError, type Info, type InfoRecord } from 'csv-parse';
import { VetaError } from '../../core/veta-error.js';
import { countedReadStream } from './file-stream.js';
import { rejectControlCharacters } from './control-characters.js';
import { checkHeader } from './header.js';
import { LineBound } from './line-bound.js';
import type { RawRow, RowProblem, RowSource } from './raw-row.js';
import { DEFAULT_READ_LIMITS, readLimitExceeded, type ReadLimits } from './read-limits.js';
import { DetectingDecoder, encodingName, type DetectedEncoding, type TextEncoding } from './text-decoder.js';

export type { TextEncoding } from './text-decoder.js';

export interface CsvOptions {
  encoding: TextEncoding;
  delimiter: string;
  /** Longest value accepted, in characters; a row with a longer one is quarantined, not loaded. */
  maxFieldChars?: number;
}

const RAW_KEPT_CHARS = 10_000;

const REPLACEMENT = '\uFFFD';

/**
 * Streams a CSV file as raw rows: decoded from the encoding its bytes are in (a UTF-8 BOM is
 * dropped), parsed by csv-parse. Rows that cannot be parsed come out with a problem instead of
 * stopping the file; a line, record or row past the limits fails the file with READ_LIMIT.
 */
export async function openCsv(
  path: string,
  options: CsvOptions,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<RowSource> {
  const file = basename(path);
  const skipped: RawRow[] = [];
  let lastRecordLine = 0;
  const input = countedReadStream(path);
  const decoder = new DetectingDecoder(options.encoding);
  const csv = parse({
    delimiter: options.delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    // Agencies' exports carry stray quotes inside values: keep them as written, not reject the row.
    relax_quotes: true,
    skip_records_with_error: true,
    // A quote opened and never closed swallows the rest of the file: past this the file fails.
    max_record_size: limits.maxRecordChars,
    info: true,
    raw: true,
    // Thrown here, a READ_LIMIT ends the parse and comes out of the row loop as the file's failure.
    on_record: (output: string[], context: Info) => {
      const columns = columnCount(output);
      if (columns > limits.maxColumns)
        throw readLimitExceeded(
          file,
          'maxColumns',
          limits,
          `row ${lastRecordLine + 1} has ${columns.toLocaleString('en')} columns`,
        );
      lastRecordLine = context.lines;
      return output;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (error?.code === 'CSV_MAX_RECORD_SIZE')
        throw readLimitExceeded(
          file,
          'maxRecordChars',
          limits,
          `the record that starts on row ${lastRecordLine + 1} is too long (a quote left open makes the rest of the file one record)`,
        );
      skipped.push(unparseable(error, raw, lastRecordLine + 1, limits.maxRecordChars));
    },
  });
  // pipeline() carries a read error through to the parser, so the row loop fails instead of hanging.
  const parser = pipeline(input.stream, decoder, new LineBound(file, limits), csv, () => undefined);
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
  const rowChecks = {
    maxFieldChars: options.maxFieldChars ?? 1_000_000,
    mismatch: () => decoder.mismatch,
    declared: options.encoding,
  };
  return {
    header,
    rows: csvRows(records, header, skipped, rowChecks),
    bytesRead: () => input.bytesRead(),
    close,
  };
}

async function* csvRows(
  records: AsyncIterator<{ record: string[]; info: InfoRecord }>,
  header: readonly string[],
  skipped: RawRow[],
  checks: RowChecks,
): AsyncGenerator<RawRow> {
  for (;;) {
    const next = await records.next();
    // Their raw text too: PostgreSQL refuses NUL in JSON, and the quarantine keeps it as JSON.
    for (const row of skipped.splice(0)) yield rejectControlCharacters(row);
    if (next.done === true) return;
    const { record, info } = next.value;
    const row = checkFieldLengths(toRawRow(record, startLine(info), header), checks.maxFieldChars);
    yield rejectControlCharacters(flagEncoding(row, checks));
  }
}

/** Columns of what csv-parse hands on_record: with info and raw on, not the array its types say but { record, info, raw }. */
function columnCount(output: unknown): number {
  if (Array.isArray(output)) return output.length;
  if (typeof output === 'object' && output !== null && 'record' in output && Array.isArray(output.record))
    return output.record.length;
  return 0;
}

interface RowChecks {
  maxFieldChars: number;
  /** The encoding the bytes turned out to be in, when not the declared one (known once non-ASCII came). */
  mismatch: () => DetectedEncoding | undefined;
  declared: TextEncoding;
}

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Flags a row whose text depends on the encoding when the file is not in the declared one: it was
 * read as what it is, and the flag, kept with each record and counted in the file's report, says
 * the layout (or the export) needs correcting. A row of ASCII reads the same either way.
 */
function flagEncoding(row: RawRow, checks: RowChecks): RawRow {
  const actual = checks.mismatch();
  if (actual === undefined) return row;
  const column = Object.keys(row.values).find((name) => NON_ASCII.test(row.values[name] ?? ''));
  if (column === undefined) return row;
  const flag = qualityFlag(
    'ENCODING_MISMATCH',
    `Row ${row.rowNumber}: the file is in ${encodingName(actual)} though its layout says ${encodingName(checks.declared)}; it was read as ${encodingName(actual)}. Check the text, then correct the layout's encoding or the export.`,
    column,
  );
  return { ...row, flags: [...(row.flags ?? []), flag] };
}

/** The line a record starts on: csv-parse counts to its end, and a quoted value may span lines. */
function startLine(info: InfoRecord): number {
  return info.lines - innerLineBreaks(info.raw ?? '');
}

/** The text, or its start and its length, in at most `max` characters. */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = `… (${text.length} characters)`;
  return `${text.slice(0, Math.max(0, max - note.length))}${note}`;
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
  row.values[long] = shortened(row.values[long] ?? '', RAW_KEPT_CHARS);
  row.problems.push({
    column: long,
    code: 'FIELD_TOO_LONG',
    message: `Row ${row.rowNumber}, column ${long}: the value has ${length.toLocaleString('en')} characters, more than the ${maxFieldChars.toLocaleString('en')} accepted; only its start is kept.`,
  });
  return row;
}

function toRawRow(record: readonly string[], rowNumber: number, header: readonly string[]): RawRow {
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
  // Only UTF-8 decoding makes the replacement character: Latin-1 maps every byte to a character.
  const garbled = header.find((name) => values[name]?.includes(REPLACEMENT));
  if (garbled !== undefined) {
    problems.push({
      column: garbled,
      code: 'ENCODING_INVALID',
      message: `Row ${rowNumber}, column ${garbled}: the bytes are not valid UTF-8. The file may be in ISO-8859-1 (Latin-1): check the profile's encoding.`,
    });
  }
  return { rowNumber, values, problems };
}

function unparseable(
  error: CsvError | undefined,
  raw: string | undefined,
  fallback: number,
  maxRecordChars: number,
): RawRow {
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
  return {
    rowNumber,
    // A record of many lines can be longer than any one value may be: what is kept stays within both.
    values: { _raw: shortened(raw ?? '', Math.min(RAW_KEPT_CHARS, maxRecordChars)) },
    problems: [{ column: null, code: 'ROW_UNPARSEABLE', message: `${span} ${reason}.` }],
  };
}
