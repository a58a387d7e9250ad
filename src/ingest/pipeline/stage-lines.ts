import type { Progress } from '../../core/progress.js';
import type { CopyChunk } from '../../store/engine/database.js';
import { numberMarks } from '../mapping/number-evidence.js';
import { declaredDecimalMark, type RowContext } from '../mapping/transform.js';
import type { RawRow } from '../readers/raw-row.js';
import { addCounts, countRejection, emptyCounts, mapBatch, type MappedBatch } from './map-batch.js';
import { mapPool } from './map-pool.js';
import type { RecognisedFile } from './recognise.js';

/** Counts rows, rejections and flags as they stream past, so the report needs no second pass. */
export class RowCounter {
  private readonly counts = emptyCounts();

  get rowsRead(): number {
    return this.counts.rowsRead;
  }
  get rowsRejected(): number {
    return this.counts.rowsRejected;
  }
  get rowsFlagged(): number {
    return this.counts.rowsFlagged;
  }
  /** By row: a row rejected for three reasons counts once, under its first. */
  get rejectedByCode(): Record<string, number> {
    return this.counts.rejectedByCode;
  }
  get flagsByCode(): Record<string, number> {
    return this.counts.flagsByCode;
  }

  reject(code: string, rows = 1): void {
    countRejection(this.counts, code, rows);
  }

  add(batch: MappedBatch): void {
    addCounts(this.counts, batch.counts);
  }
}

const BATCH_ROWS = 1000;

/**
 * Reads and maps every row of an opened file into staging lines (COPY text, a batch at a time), in
 * file order: the records a row made, or one line per problem that rejects it. With `threads`
 * above 0, batches of rows are mapped in that many worker threads while this thread reads the
 * next ones and the database loads the previous ones. The first batch, read before any row is
 * mapped, decides each column's decimal mark for the whole file (number-evidence.ts): the file
 * still streams, and the evidence is bounded by the batch.
 */
export async function* stageLines(
  opened: RecognisedFile,
  context: RowContext,
  counter: RowCounter,
  progress: Progress,
  threads: number,
): AsyncGenerator<CopyChunk> {
  const pool = threads > 0 ? mapPool(threads) : undefined;
  // A few batches in flight keep every thread busy; more would only hold rows in memory.
  const depth = pool ? pool.size : 0;
  const pending: Promise<MappedBatch>[] = [];
  let fileContext: RowContext | undefined;
  for await (const rows of inBatches(opened.source.rows)) {
    progress.update(opened.source.bytesRead());
    fileContext ??= {
      ...context,
      columns: opened.source.columns,
      numberMarks: numberMarks(rows, declaredDecimalMark(opened.profile.profile)),
    };
    const mapped = pool
      ? pool.map(opened.profile, rows, fileContext)
      : Promise.resolve(mapBatch(opened.profile, rows, fileContext));
    // Awaited in order below; this only keeps a later failure from going unhandled meanwhile.
    mapped.catch(() => undefined);
    pending.push(mapped);
    while (pending.length > depth) yield* counted(await next(pending), counter);
  }
  while (pending.length > 0) yield* counted(await next(pending), counter);
  progress.update(opened.source.bytesRead());
}

function next(pending: Promise<MappedBatch>[]): Promise<MappedBatch> {
  const first = pending.shift();
  if (!first) throw new Error('no batch pending');
  return first;
}

function counted(batch: MappedBatch, counter: RowCounter): CopyChunk[] {
  counter.add(batch);
  return batch.copy;
}

async function* inBatches(rows: AsyncIterable<RawRow>): AsyncGenerator<RawRow[]> {
  let batch: RawRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
