import type { QualityFlag } from '@veta/standard';
import { CopyChunker } from '../../store/engine/copy-csv.js';
import type { CopyChunk } from '../../store/engine/database.js';
import { stagedLineText, type StagedLine } from '../../store/records/record-repository.js';
import type { CompiledProfile } from '../mapping/compile-profile.js';
import { mapRow } from '../mapping/map-row.js';
import type { RowContext } from '../mapping/transform.js';
import type { RawRow } from '../readers/raw-row.js';

/** What mapping some rows counted: rows read, rejected (by the first reason) and flagged. */
export interface RowCounts {
  rowsRead: number;
  rowsRejected: number;
  rowsFlagged: number;
  rejectedByCode: Record<string, number>;
  flagsByCode: Record<string, number>;
}

/**
 * A batch of rows mapped into staging lines, already in COPY's text form, with what it counted. One
 * string crosses back from a worker thread far more cheaply than thousands of small objects, and
 * leaves the main thread, which also reads the files, nothing to encode.
 */
export interface MappedBatch {
  /** In file order; a new chunk starts past about a megabyte (cadastre polygons are large). */
  copy: CopyChunk[];
  counts: RowCounts;
}

export function emptyCounts(): RowCounts {
  return { rowsRead: 0, rowsRejected: 0, rowsFlagged: 0, rejectedByCode: {}, flagsByCode: {} };
}

/**
 * Maps rows into staging lines: the records each row made, or one line per problem that rejects
 * it. JSON is encoded here, where the row is mapped, so that a worker thread hands back text only.
 */
export function mapBatch(
  compiled: CompiledProfile,
  rows: readonly RawRow[],
  context: RowContext,
): MappedBatch {
  const copy: CopyChunk[] = [];
  // PGlite takes each chunk as one Blob, so a batch of large rows is split rather than held whole.
  const chunker = new CopyChunker();
  const add = (line: StagedLine): void => {
    const chunk = chunker.add(stagedLineText(line));
    if (chunk) copy.push(chunk);
  };
  const counts = emptyCounts();
  for (const row of rows) {
    counts.rowsRead += 1;
    const mapped = mapRow(compiled, row, context);
    // The records of one row share its raw values: encoded once, not once per record.
    const raw = JSON.stringify(row.values);
    const [first] = mapped.problems;
    if (first) countRejection(counts, first.code);
    for (const problem of mapped.problems) {
      add({
        recordType: null,
        id: null,
        primary: false,
        rowNumber: row.rowNumber,
        body: null,
        flags: '[]',
        raw,
        problem,
      });
    }
    countFlags(
      counts,
      mapped.records.flatMap((record) => record.flags),
    );
    for (const record of mapped.records) {
      add({
        recordType: record.type,
        id: record.id,
        primary: record.primary,
        rowNumber: row.rowNumber,
        body: JSON.stringify(record.body),
        flags: JSON.stringify(record.flags),
        raw,
        problem: null,
      });
    }
  }
  const last = chunker.flush();
  if (last) copy.push(last);
  return { copy, counts };
}

export function countRejection(counts: RowCounts, code: string, rows = 1): void {
  counts.rowsRejected += rows;
  counts.rejectedByCode[code] = (counts.rejectedByCode[code] ?? 0) + rows;
}

function countFlags(counts: RowCounts, flags: readonly QualityFlag[]): void {
  if (flags.length === 0) return;
  counts.rowsFlagged += 1;
  // By row: one bad RUC flags the purchase and its seller, but it is one problem in the file.
  for (const code of new Set(flags.map((flag) => flag.code))) {
    counts.flagsByCode[code] = (counts.flagsByCode[code] ?? 0) + 1;
  }
}

/** Adds one batch's counts to a running total. */
export function addCounts(total: RowCounts, batch: RowCounts): void {
  total.rowsRead += batch.rowsRead;
  total.rowsRejected += batch.rowsRejected;
  total.rowsFlagged += batch.rowsFlagged;
  for (const [code, n] of Object.entries(batch.rejectedByCode))
    total.rejectedByCode[code] = (total.rejectedByCode[code] ?? 0) + n;
  for (const [code, n] of Object.entries(batch.flagsByCode))
    total.flagsByCode[code] = (total.flagsByCode[code] ?? 0) + n;
}
