import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validate } from '@veta/standard';
import ExcelJS from 'exceljs';
import type { MappedRecord } from '../../mapping/map-row.js';
import { mapRow } from '../../mapping/map-row.js';
import { numberMarks } from '../../mapping/number-evidence.js';
import { declaredDecimalMark } from '../../mapping/transform.js';
import { missingColumns } from '../../readers/column-match.js';
import { testRowContext } from '../../mapping/testing/transform-input.js';
import { openWithProfile, type ProfiledSource } from '../../readers/open-source.js';
import type { RawRow, RowProblem } from '../../readers/raw-row.js';
import { DEFAULT_READ_LIMITS } from '../../readers/read-limits.js';
import { findProfile, loadProfiles, type LoadedProfile } from '../load-profiles.js';

/** The small fixture files, one per layout, kept beside the profiles. */
export const FIXTURES_DIR = fileURLToPath(
  new URL('../../../../src/ingest/profiles/fixtures/', import.meta.url),
);

const TODAY = '2025-06-30';

/** What a fixture became: every record, and the problems of each rejected row by row number. */
export interface MappedFixture {
  records: MappedRecord[];
  /** The records of each row that gave records, by row number. */
  recordsByRow: Map<number, MappedRecord[]>;
  rejected: Map<number, RowProblem[]>;
  rowsRead: number;
  /** The record of this type and id; fails the test when there is none. */
  record(type: string, id: string): MappedRecord;
}

let profiles: LoadedProfile[] | undefined;

/** The columns of the optional fields a record was loaded without (OPTIONAL_FIELD_DROPPED). */
export function dropped(record: MappedRecord): (string | undefined)[] {
  return record.flags.filter((flag) => flag.code === 'OPTIONAL_FIELD_DROPPED').map((flag) => flag.field);
}

/** The day fixtures are mapped on: their dates lie before it. */
export const FIXTURE_CONTEXT = testRowContext(TODAY);

/** The profile of a layout, as the fixtures are read with it. */
export function fixtureProfile(id: string): LoadedProfile {
  profiles ??= loadProfiles();
  return findProfile(profiles, id);
}

/**
 * Opens a layout's fixture (or another file of the layout, `path`) with its profile and maps every
 * row, as the pipeline will.
 */
export async function mapFixture(id: string, path?: string): Promise<MappedFixture> {
  const loaded = fixtureProfile(id);
  return mapFileWith(loaded, path ?? (await fixturePath(id, loaded.profile.format.type)), id);
}

/** Opens a file with a given profile (a draft, say) and maps every row, as the pipeline will. */
export async function mapFileWith(loaded: LoadedProfile, path: string, id: string): Promise<MappedFixture> {
  const { rows, columns } = await readRows(loaded, path, id);
  // As a load does, with the file's first rows (here all of a small fixture) as the evidence.
  const context = {
    ...FIXTURE_CONTEXT,
    columns,
    numberMarks: numberMarks(rows, declaredDecimalMark(loaded.profile)),
  };
  const records: MappedRecord[] = [];
  const recordsByRow = new Map<number, MappedRecord[]>();
  const rejected = new Map<number, RowProblem[]>();
  for (const row of rows) {
    const mapped = mapRow(loaded, row, context);
    for (const record of mapped.records) assertWhole(record, id, row);
    records.push(...mapped.records);
    if (mapped.records.length > 0) recordsByRow.set(row.rowNumber, mapped.records);
    if (mapped.problems.length > 0) rejected.set(row.rowNumber, mapped.problems);
  }
  return {
    records,
    recordsByRow,
    rejected,
    rowsRead: rows.length,
    record(type, recordId) {
      const found = records.find((candidate) => candidate.type === type && candidate.id === recordId);
      if (!found)
        throw new Error(`${id}: no ${type} ${recordId} among ${records.map((r) => r.id).join(', ')}`);
      return found;
    },
  };
}

/** A layout's profile and its fixture's rows as read, before mapping. */
export async function fixtureRows(id: string): Promise<{ loaded: LoadedProfile; rows: RawRow[] }> {
  const loaded = fixtureProfile(id);
  const { rows } = await readRows(loaded, await fixturePath(id, loaded.profile.format.type), id);
  return { loaded, rows };
}

async function readRows(
  loaded: LoadedProfile,
  path: string,
  id: string,
): Promise<{ rows: RawRow[]; columns: ProfiledSource['columns'] }> {
  const source = await openWithProfile(path, loaded.profile, DEFAULT_READ_LIMITS);
  const missing = missingColumns(loaded.profile, source.columns);
  if (missing.length > 0) throw new Error(`${id} fixture lacks required columns ${missing.join(', ')}`);
  const rows: RawRow[] = [];
  for await (const row of source.rows) rows.push(row);
  return { rows, columns: source.columns };
}

// The pipeline checks a record's body and flags only, its provenance being stored in columns: here
// every fixture record is checked whole, as the standard exchanges it, provenance included.
function assertWhole(record: MappedRecord, layout: string, row: RawRow): void {
  const provenance = {
    sourceFile: { name: `${layout}.fixture`, sha256: 'f'.repeat(64) },
    layout,
    row: row.rowNumber,
    batchId: 'test',
    raw: row.values,
  };
  const result = validate(record.type, { ...record.body, flags: record.flags, provenance });
  if (!result.ok)
    throw new Error(
      `${layout} row ${row.rowNumber}: ${record.type} ${record.id} is not valid whole: ${JSON.stringify(result.issues)}`,
    );
}

/** The fixture file of a layout; an XLSX one is written from its rows into a temporary folder. */
export async function fixturePath(id: string, type: string): Promise<string> {
  if (type !== 'xlsx') return join(FIXTURES_DIR, `${id}.${type === 'geojson' ? 'geojson' : 'csv'}`);
  return writeWorkbook(id, JSON.parse(readFileSync(join(FIXTURES_DIR, `${id}.rows.json`), 'utf8')) as Sheet);
}

/** A workbook fixture: its header and rows; { date } cells are real Excel dates. */
export interface Sheet {
  header: string[];
  rows: (string | number | { date: string })[][];
}

// Ecuadorian fixtures are kept as rows and written as a workbook here, so no binary is committed;
// { date } cells become real Excel dates, the way SENAE and ARCERNNR exports hold them. The
// streaming writer stores the sheets before the workbook's list of them, as exceljs's reader once
// lost (readers/xlsx.ts), so every fixture also checks that no stored order loses a part.
export async function writeWorkbook(id: string, sheet: Sheet): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-fixture-')), `${id}.xlsx`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.addWorksheet('Notas').addRow(['Exportado del sistema']).commit();
  const worksheet = workbook.addWorksheet(id);
  worksheet.addRow(sheet.header).commit();
  for (const row of sheet.rows) {
    worksheet
      .addRow(row.map((cell) => (typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell)))
      .commit();
  }
  await workbook.commit();
  return path;
}
