import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { foldForComparison } from '@veta/standard';
import { VetaError } from '../../core/veta-error.js';
import type { FileFormat, Profile } from '../profiles/profile.js';
import { openWithProfile } from '../readers/open-source.js';
import type { RawRow } from '../readers/raw-row.js';
import type { ReadLimits } from '../readers/read-limits.js';

/** The first rows of a file of unknown layout, read with the format sniffed from its bytes. */
export interface Sample {
  /** A layout id made from the file's name (PE-COMPRAS-2024.csv gives PE-COMPRAS-2024). */
  id: string;
  format: FileFormat;
  header: readonly string[];
  rows: readonly RawRow[];
}

/** Enough rows to see each column's forms; the drafter reads no further. */
export const SAMPLE_ROWS = 1000;
const SNIFF_BYTES = 64 * 1024;
const DELIMITERS = [';', ',', '\t', '|'] as const;

/** Reads the first rows of a file whose layout is unknown: CSV (encoding and separator sniffed), XLSX, GeoJSON. */
export async function readSample(path: string, limits: ReadLimits): Promise<Sample> {
  const id = layoutIdFromName(path);
  const format = await sniffFileFormat(path);
  const provisional: Profile = {
    id,
    title: id,
    format,
    fileName: '.',
    required: [],
    records: [],
  };
  const source = await openWithProfile(path, provisional, limits);
  const rows: RawRow[] = [];
  try {
    for await (const row of source.rows) {
      rows.push(row);
      if (rows.length >= SAMPLE_ROWS) break;
    }
  } finally {
    source.close();
  }
  return { id, format, header: source.header, rows };
}

/** A profile id from a file name: upper-cased, anything but letters, digits and dashes made a dash. */
export function layoutIdFromName(path: string): string {
  const stem = basename(path, extname(path)).replace(/\.rows$/i, '');
  const id = foldForComparison(stem)
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^[^A-Z]+|-+$/g, '');
  return id === '' ? 'DRAFT' : id;
}

async function sniffFileFormat(path: string): Promise<FileFormat> {
  const extension = extname(path).toLowerCase();
  if (extension === '.xlsx') return { type: 'xlsx', sheet: layoutSheet(path) };
  if (extension === '.geojson' || extension === '.json') return { type: 'geojson' };
  if (extension !== '.csv' && extension !== '.txt' && extension !== '.tsv')
    throw new VetaError(
      'LAYOUT_UNRECOGNISED',
      `${basename(path)}: a draft can be made from a CSV, XLSX or GeoJSON file, not ${extension || 'a file without extension'}.`,
    );
  const head = await firstBytes(path);
  return { type: 'csv', encoding: sniffEncoding(head), delimiter: sniffDelimiter(head) };
}

// The reader looks for a sheet named after the layout; a workbook exported under another name
// keeps its sheet name, and the draft's id is made from the file name, so both agree.
function layoutSheet(path: string): string {
  return basename(path, extname(path));
}

async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** UTF-8 when the bytes decode as UTF-8 (a cut character at the end aside), Latin-1 otherwise. */
export function sniffEncoding(bytes: Buffer): 'utf-8' | 'latin1' {
  const lastNewline = bytes.lastIndexOf(0x0a);
  const whole = lastNewline > 0 && bytes.length === SNIFF_BYTES ? bytes.subarray(0, lastNewline) : bytes;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(whole);
    return 'utf-8';
  } catch {
    return 'latin1';
  }
}

/**
 * The separator found the same number of times, and most often, on the first lines (quoted
 * text aside): the header alone may hold a comma inside a name.
 */
export function sniffDelimiter(bytes: Buffer): string {
  const lines = bytes
    .toString('latin1')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20)
    .map((line) => line.replace(/"[^"]*"/g, '""'));
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => line.split(delimiter).length - 1);
    const header = counts[0] ?? 0;
    const steady = counts.filter((count) => count === header).length / Math.max(1, counts.length);
    const score = header * steady;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
