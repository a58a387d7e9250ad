import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isoDay,
  parseDate,
  parseNumber,
  parseTimestamp,
  type CalendarDay,
  type DecimalMark,
} from '@veta/standard';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { declaredDecimalMark, rowInput } from '../../mapping/transform.js';
import { DEFAULT_READ_LIMITS } from '../../readers/read-limits.js';
import type { FieldSpec, Profile } from '../profile.js';
import { fieldColumns } from '../../mapping/field-columns.js';
import { FIXTURES_DIR, writeWorkbook, type Sheet } from './map-fixture.js';

/** What a column holds, as the profile reads it: only dates, timestamps and numbers are rewritten. */
type ColumnKind =
  | { kind: 'date' }
  | { kind: 'timestamp' }
  | { kind: 'number'; unit?: string; currency?: string }
  | { kind: 'kept' };

const NUMBER_TRANSFORMS = new Set(['decimal', 'integer', 'quantity', 'measure', 'fineness', 'money']);

/** How many values of each kind a rewriting changed, so that a test knows it tested something. */
export interface Rewritten {
  path: string;
  header: string[];
  changed: { date: number; timestamp: number; number: number };
}

/**
 * Writes a layout's fixture as another agency might: the columns reordered (reversed) and renamed
 * in other case and spacing ("PESO_FINO_G" → "Peso Fino G"), dates in other forms (dd-MMM-yyyy in
 * Spanish, yyyy-mm-dd, English month names, yyyymmdd, Excel serial numbers in a workbook),
 * timestamps in UTC as dd/mm/yyyy HH:MM:SSZ or ISO with a space, numbers in the other decimal
 * convention (thousands grouped, parentheses for negatives, the field's unit or currency written in
 * some cells), and a CSV in another encoding (Windows-1252 for a UTF-8 layout, UTF-8 with a BOM for
 * a Latin-1 one). Values the profile's reading flags or rejects, and the columns of record keys and
 * conditions, are left as written: the rewritten file must load the same records.
 */
export async function rewriteFixture(profile: Profile): Promise<Rewritten> {
  const changed = { date: 0, timestamp: 0, number: 0 };
  const rewrite = cellRewriter(profile, changed);
  const dir = mkdtempSync(join(tmpdir(), 'veta-elsewhere-'));
  const path = join(dir, `${profile.id}.${profile.format.type}`);
  if (profile.format.type === 'geojson') {
    const header = rewriteGeoJson(profile, path, rewrite);
    return { path, header, changed };
  }
  const sheet = readTable(profile);
  const order = sheet.header.map((_, index) => index).reverse();
  const header = order.map((index) => renamed(sheet.header[index] ?? ''));
  const rows = sheet.rows.map((row, rowIndex) =>
    order.map((index) => rewrite(sheet.header[index] ?? '', row[index] ?? '', rowIndex)),
  );
  if (profile.format.type === 'xlsx')
    return { path: await writeWorkbook(profile.id, { header, rows }), header, changed };
  writeFileSync(path, csvBytes(profile, header, rows));
  return { path, header, changed };
}

type CellRewriter = (column: string, cell: Cell, row: number) => Cell;

/** Rewrites one cell by its column's kind, counting what it changed. */
function cellRewriter(profile: Profile, changed: Rewritten['changed']): CellRewriter {
  const kinds = columnKinds(profile);
  return (column, cell, row) => {
    const kind = kinds.get(column) ?? { kind: 'kept' };
    const rewritten = rewriteCell(cell, kind, profile, row);
    if (rewritten !== cell && kind.kind !== 'kept') changed[kind.kind] += 1;
    return rewritten;
  };
}

/** Each column's kind from the fields that read it; a column read two ways, or as a key, is kept. */
function columnKinds(profile: Profile): Map<string, ColumnKind> {
  const kinds = new Map<string, ColumnKind[]>();
  const add = (column: string | undefined, kind: ColumnKind): void => {
    if (column !== undefined) kinds.set(column, [...(kinds.get(column) ?? []), kind]);
  };
  const kept = (spec: FieldSpec): void => {
    for (const column of fieldColumns(spec)) add(column, { kind: 'kept' });
  };
  for (const mapping of profile.records) {
    kept(mapping.id);
    for (const condition of mapping.when ?? []) add(condition.split('=', 1)[0], { kind: 'kept' });
    if (mapping.each) add(mapping.each.column, { kind: 'kept' });
    for (const spec of Object.values(mapping.fields)) {
      const parameters: Record<string, unknown> = spec;
      // Contents read one number per column, named by the keys of `columns`.
      const main = spec.use === 'contents' ? { kind: 'number' as const } : kindOf(spec.use, parameters);
      const mainColumns =
        spec.use === 'contents' && typeof parameters.columns === 'object' && parameters.columns !== null
          ? Object.keys(parameters.columns)
          : [spec.column];
      for (const column of fieldColumns(spec))
        add(column, main && mainColumns.includes(column) ? main : { kind: 'kept' });
    }
  }
  return new Map(
    [...kinds].map(([column, uses]) => {
      const [first] = uses;
      const same = first !== undefined && uses.every((use) => JSON.stringify(use) === JSON.stringify(first));
      return [column, same ? first : { kind: 'kept' }];
    }),
  );
}

function kindOf(use: string, parameters: Record<string, unknown>): ColumnKind | undefined {
  if (use === 'date') return { kind: 'date' };
  if (use === 'timestamp') return { kind: 'timestamp' };
  if (!NUMBER_TRANSFORMS.has(use)) return undefined;
  const kind: ColumnKind = { kind: 'number' };
  if ((use === 'quantity' || use === 'measure') && typeof parameters.unit === 'string')
    kind.unit = parameters.unit;
  if (use === 'money' && typeof parameters.currency === 'string') kind.currency = parameters.currency;
  return kind;
}

/** "PESO_FINO_G" → "Peso Fino G": another case and spacing, the same name once folded. */
function renamed(name: string): string {
  if (name === 'geometry') return name;
  return name
    .split(/[_\s]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join(' ');
}

type Cell = string | number | { date: string };

function rewriteCell(cell: Cell, kind: ColumnKind, profile: Profile, row: number): Cell {
  if (typeof cell === 'object') return kind.kind === 'date' ? otherDate(dayOf(cell.date), row, true) : cell;
  const text = String(cell).trim();
  if (text === '' || kind.kind === 'kept') return cell;
  const input = rowInput(
    profile,
    { rowNumber: 0, values: {}, problems: [] },
    { today: '9999-12-31', file: '', limits: DEFAULT_READ_LIMITS },
  );
  if (kind.kind === 'date') {
    const parsed = parseDate(text, { formats: input.dateFormats });
    return parsed.ok && parsed.flags.length === 0
      ? otherDate(parsed.value, row, profile.format.type === 'xlsx')
      : cell;
  }
  if (kind.kind === 'timestamp') {
    const parsed = parseTimestamp(text, { formats: input.dateFormats, timeZone: input.timeZone });
    return parsed.ok && parsed.flags.length === 0 ? otherTimestamp(parsed.value, row) : cell;
  }
  const mark = declaredDecimalMark(profile) ?? '.';
  const parsed = parseNumber(text, { decimalMark: mark, settled: true });
  if (!parsed.ok || parsed.flags.length > 0 || Object.keys(parsed.value).length > 1) return cell;
  return otherNumber(parsed.value.value, mark === '.' ? ',' : '.', kind, row);
}

function dayOf(iso: string): CalendarDay {
  const [year = 0, month = 0, day = 0] = iso.split('-').map(Number);
  return { year, month, day };
}

const SPANISH = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'set', 'oct', 'nov', 'dic'];
const ENGLISH = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day in another form than the fixture's, one of several by row; a workbook also gets Excel serials. */
function otherDate(day: CalendarDay, row: number, workbook: boolean): Cell {
  const dd = String(day.day).padStart(2, '0');
  const iso = isoDay(day);
  const forms: Cell[] = [
    `${dd}-${SPANISH[day.month - 1] ?? ''}-${day.year}`,
    `${day.day} ${ENGLISH[day.month - 1] ?? ''} ${day.year}`,
    iso.replaceAll('-', ''),
    `${dd}.${String(day.month).padStart(2, '0')}.${day.year}`,
  ];
  if (workbook) forms.push(Date.UTC(day.year, day.month - 1, day.day) / 86_400_000 + 25_569);
  return forms[row % forms.length] ?? iso;
}

/** The same moment in UTC, written in another form by row. */
function otherTimestamp(iso: string, row: number): string {
  const [day = '', time = ''] = iso.split('T');
  const clock = time.slice(0, 8);
  const [year, month, date] = day.split('-');
  return row % 2 === 0 ? `${date}/${month}/${year} ${clock}Z` : `${day} ${clock}+00:00`;
}

/** A number in the other decimal convention: thousands grouped when it has a fraction, negatives in parentheses. */
function otherNumber(
  value: number,
  decimal: DecimalMark,
  kind: { unit?: string; currency?: string },
  row: number,
): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  // Without a fraction a grouped 12.500 would be ambiguous: such a file writes the digits alone.
  const digits =
    fraction === undefined
      ? whole
      : `${whole.replace(/\B(?=(\d{3})+$)/g, decimal === ',' ? '.' : ',')}${decimal}${fraction}`;
  let text = value < 0 ? `(${digits})` : digits;
  if (kind.unit !== undefined && row % 2 === 0) text = `${text} ${kind.unit}`;
  if (kind.currency !== undefined && row % 2 === 0) text = `${kind.currency} ${text}`;
  return text;
}

/** A CSV or workbook fixture as a header and rows of cells. */
function readTable(profile: Profile): Sheet {
  if (profile.format.type === 'xlsx')
    return JSON.parse(readFileSync(join(FIXTURES_DIR, `${profile.id}.rows.json`), 'utf8')) as Sheet;
  const bytes = readFileSync(join(FIXTURES_DIR, `${profile.id}.csv`));
  const latin1 = profile.format.encoding === 'latin1' || profile.format.encoding === 'windows-1252';
  const text = iconv.decode(bytes, latin1 ? 'windows1252' : 'utf8');
  const table: string[][] = parse(text, {
    delimiter: profile.format.delimiter ?? ',',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
  });
  const [header = [], ...rows] = table;
  return { header, rows };
}

function csvBytes(profile: Profile, header: string[], rows: Cell[][]): Buffer {
  const text = stringify([header, ...rows.map((row) => row.map(String))], {
    delimiter: profile.format.delimiter ?? ',',
    record_delimiter: '\r\n',
  });
  return (profile.format.encoding ?? 'utf-8') === 'utf-8'
    ? iconv.encode(text, 'windows-1252')
    : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Rewrites each feature's properties (names and values) in place; returns the first's names. */
function rewriteGeoJson(profile: Profile, path: string, rewrite: CellRewriter): string[] {
  const collection = JSON.parse(readFileSync(join(FIXTURES_DIR, `${profile.id}.geojson`), 'utf8')) as {
    features: unknown[];
  };
  collection.features = collection.features.map((feature, row) => {
    if (typeof feature !== 'object' || feature === null || !('properties' in feature)) return feature;
    const properties = feature.properties;
    if (typeof properties !== 'object' || properties === null) return feature;
    const entries: [string, unknown][] = Object.entries(properties);
    const rewritten = entries.reverse().map(([name, value]) => {
      const cell = typeof value === 'string' || typeof value === 'number' ? rewrite(name, value, row) : value;
      return [renamed(name), cell] as const;
    });
    return { ...feature, properties: Object.fromEntries(rewritten) };
  });
  writeFileSync(path, JSON.stringify(collection));
  const [first] = collection.features;
  return typeof first === 'object' &&
    first !== null &&
    'properties' in first &&
    typeof first.properties === 'object' &&
    first.properties !== null
    ? Object.keys(first.properties)
    : [];
}
