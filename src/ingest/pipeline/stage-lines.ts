import type { QualityFlag } from '@veta/standard';
import type { Progress } from '../../core/progress.js';
import type { StagedLine } from '../../store/record-repository.js';
import { mapRow, type ProvenanceBase } from '../mapping/map-row.js';
import type { RecognisedFile } from './recognise.js';

/** Counts rows, rejections and flags as they stream past, so the report needs no second pass. */
export class RowCounter {
  rowsRead = 0;
  rowsRejected = 0;
  rowsFlagged = 0;
  /** By row: a row rejected for three reasons counts once, under its first. */
  rejectedByCode: Record<string, number> = {};
  flagsByCode: Record<string, number> = {};

  reject(code: string, rows = 1): void {
    this.rowsRejected += rows;
    this.rejectedByCode[code] = (this.rejectedByCode[code] ?? 0) + rows;
  }

  flag(flags: readonly QualityFlag[]): void {
    if (flags.length === 0) return;
    this.rowsFlagged += 1;
    // By row: one bad RUC flags the purchase and its seller, but it is one problem in the file.
    for (const code of new Set(flags.map((flag) => flag.code))) {
      this.flagsByCode[code] = (this.flagsByCode[code] ?? 0) + 1;
    }
  }
}

/**
 * Reads and maps every row of an opened file into staging lines: the records a row made, or one
 * line per problem that rejects it. Counts as it goes and reports progress by bytes read.
 */
export async function* stageLines(
  opened: RecognisedFile,
  base: ProvenanceBase,
  today: string,
  counter: RowCounter,
  progress: Progress,
): AsyncGenerator<StagedLine> {
  for await (const row of opened.source.rows) {
    counter.rowsRead += 1;
    if (counter.rowsRead % 1000 === 0) progress.update(opened.source.bytesRead());
    const mapped = mapRow(opened.profile, row, base, today);
    const [first] = mapped.problems;
    if (first) counter.reject(first.code);
    for (const problem of mapped.problems) {
      yield {
        recordType: null,
        id: null,
        primary: false,
        rowNumber: row.rowNumber,
        body: null,
        flags: [],
        raw: row.values,
        problem,
      };
    }
    counter.flag(mapped.records.flatMap((record) => record.flags));
    for (const record of mapped.records) {
      const line = {
        recordType: record.type,
        id: record.id,
        primary: record.primary,
        rowNumber: row.rowNumber,
      };
      yield { ...line, body: record.body, flags: record.flags, raw: row.values, problem: null };
    }
  }
  progress.update(opened.source.bytesRead());
}
