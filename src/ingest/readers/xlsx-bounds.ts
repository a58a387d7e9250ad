import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Duplex, Readable } from 'node:stream';
import { Parse, type Entry } from 'unzipper';
import { VetaError } from '../../core/veta-error.js';
import { readLimitExceeded, type ReadLimits } from './read-limits.js';
import { XmlShape, type XmlShapeProblem } from './xml-shape.js';

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const CHUNK_BYTES = 64 * 1024;
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Each part the walk inflated, by its path: the most bytes a part of that name inflated to. */
export type MeasuredParts = ReadonlyMap<string, number>;

/**
 * Walks an XLSX workbook once, inflating every part in the order it is stored, and fails the file
 * with READ_LIMIT at the first bound it passes: what is counted is what actually inflates, never
 * what the zip's headers claim. Nothing is kept but each part's size, so the walk stays small.
 * A file that is not a zip, or is damaged, fails here with FILE_UNREADABLE in the user's terms.
 */
export async function checkXlsxBounds(path: string, limits: ReadLimits): Promise<MeasuredParts> {
  const file = basename(path);
  const input = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const zip = Parse({ forceStream: true });
  const fed: Fed = { bytes: 0 };
  const walk = new PartWalk(file, limits, fed);
  try {
    await Promise.all([feed(file, input, zip, fed), walk.run(zip)]);
    return walk.measured;
  } catch (error) {
    throw inUserTerms(file, error);
  } finally {
    input.destroy();
    zip.destroy();
  }
}

/** Bytes of the file given to the zip parser so far. */
interface Fed {
  bytes: number;
}

/**
 * Writes the file into the parser one chunk at a time, each once the parser has taken the last:
 * so the bytes given to the parser are never more than a chunk ahead of those it has read, which
 * is what the inflation ratio is measured against.
 */
async function feed(file: string, input: Readable, zip: Duplex, fed: Fed): Promise<void> {
  for await (const chunk of input as AsyncIterable<Buffer>) {
    if (fed.bytes === 0 && !chunk.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notAZip(file);
    if (zip.destroyed) return;
    fed.bytes += chunk.length;
    await new Promise<void>((resolve, reject) =>
      zip.write(chunk, (error) => (error ? reject(error) : resolve())),
    );
  }
  if (fed.bytes === 0) throw notAZip(file);
  zip.end();
}

/** The entries of the zip, each inflated to its end and measured, one after the other. */
class PartWalk {
  #parts = 0;
  #inflated = 0;
  readonly measured = new Map<string, number>();

  constructor(
    private readonly file: string,
    private readonly limits: ReadLimits,
    private readonly fed: Fed,
  ) {}

  /** Resolves once every entry was measured and the zip ended; rejects at the first failure. */
  run(zip: Duplex): Promise<void> {
    return new Promise((resolve, reject) => {
      let current: Entry | undefined;
      let chain = Promise.resolve();
      const fail = (error: unknown): void => {
        current?.destroy();
        zip.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      };
      zip.on('error', fail);
      zip.on('data', (entry: Entry) => {
        chain = chain
          .then(async () => {
            current = entry;
            await this.#measure(entry);
          })
          .catch(fail);
      });
      // An entry may still be on its way when the parser has taken the last byte: wait for the
      // chain to stop growing.
      zip.on('finish', () => {
        const settle = async (): Promise<void> => {
          let seen: Promise<void>;
          do {
            await new Promise((next) => setImmediate(next));
            seen = chain;
            await seen;
          } while (seen !== chain);
          resolve();
        };
        void settle();
      });
    });
  }

  async #measure(entry: Entry): Promise<void> {
    if (++this.#parts > this.limits.maxXlsxParts)
      throw readLimitExceeded(this.file, 'maxXlsxParts', this.limits, 'the workbook has more parts');
    if (entry.type === 'Directory' || !/\.(xml|rels)$/i.test(entry.path)) {
      // Not read by exceljs, but still inflated by the parser: bounded in size all the same.
      await this.#count(entry, null);
      return;
    }
    const shape = partShape(entry.path, this.limits);
    await this.#count(entry, shape);
    checkStringCount(this.file, entry.path, shape, this.limits);
  }

  async #count(entry: Entry, shape: XmlShape | null): Promise<void> {
    const fedAtStart = this.fed.bytes;
    const strings = entry.path === SHARED_STRINGS;
    let inflated = 0;
    for await (const chunk of entry as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      this.#inflated += chunk.length;
      this.#checkSize(entry, inflated, this.fed.bytes - fedAtStart, strings);
      if (shape && !shape.write(chunk)) throw shapeError(this.file, entry.path, shape.problem, this.limits);
      if (shape) checkStringCount(this.file, entry.path, shape, this.limits);
    }
    this.measured.set(entry.path, Math.max(inflated, this.measured.get(entry.path) ?? 0));
  }

  #checkSize(entry: Entry, inflated: number, fedSince: number, strings: boolean): void {
    const { limits, file } = this;
    if (inflated > limits.maxXlsxPartBytes)
      throw readLimitExceeded(file, 'maxXlsxPartBytes', limits, `its part ${entry.path} inflates further`);
    if (this.#inflated > limits.maxXlsxTotalBytes)
      throw readLimitExceeded(file, 'maxXlsxTotalBytes', limits, 'its parts together inflate further');
    if (strings && inflated > limits.maxSharedStringsBytes)
      throw readLimitExceeded(
        file,
        'maxSharedStringsBytes',
        limits,
        'its shared-string table inflates further',
      );
    // Compressed bytes read for this part so far, at most: what was fed since it began plus what
    // the parser may have held then, and never more than the header's size when it gives one (the
    // parser reads exactly that many). An upper bound, so a genuine part is never taken for a bomb.
    const held = fedSince + 2 * CHUNK_BYTES;
    const compressed = entry.vars.compressedSize > 0 ? Math.min(entry.vars.compressedSize, held) : held;
    if (inflated > RATIO_CHECKED_FROM_BYTES && inflated / compressed > limits.maxXlsxInflationRatio)
      throw readLimitExceeded(
        file,
        'maxXlsxInflationRatio',
        limits,
        `its part ${entry.path} inflates more than ${String(Math.floor(inflated / compressed))} times its compressed size`,
      );
  }
}

/** The scan an XML part of a workbook gets: the shared strings also have their entries counted. */
export function partShape(path: string, limits: ReadLimits): XmlShape {
  return new XmlShape(
    { maxDepth: limits.maxXmlDepth, maxStretch: limits.maxCellBytes },
    path === SHARED_STRINGS ? 'si' : '',
  );
}

/** Fails a shared-string table with more entries than the bounds allow. */
export function checkStringCount(file: string, path: string, shape: XmlShape, limits: ReadLimits): void {
  if (path === SHARED_STRINGS && shape.elements > limits.maxSharedStrings)
    throw readLimitExceeded(file, 'maxSharedStrings', limits, 'the shared-string table is longer');
}

/** What a part's scan met, in the user's terms. */
export function shapeError(
  file: string,
  part: string,
  problem: XmlShapeProblem | null,
  limits: ReadLimits,
): VetaError {
  if (problem === 'depth')
    return readLimitExceeded(file, 'maxXmlDepth', limits, `its part ${part} nests elements deeper`);
  if (problem === 'stretch')
    return readLimitExceeded(file, 'maxCellBytes', limits, `its part ${part} holds a longer cell or tag`);
  return new VetaError(
    'FILE_UNREADABLE',
    `${file} was not loaded: its part ${part} declares XML entities (a DTD), which spreadsheets never do and which can make a reader expand text without end. Open it in Excel or LibreOffice and save it again as .xlsx.`,
  );
}

function notAZip(file: string): VetaError {
  return new VetaError(
    'FILE_UNREADABLE',
    `${file} is not an XLSX workbook: an XLSX file is a zip archive, and this one is not (it may be a CSV or an old .xls file renamed). Save it from Excel or LibreOffice as .xlsx, or name it .csv if it is one.`,
  );
}

/** Zip and inflate failures say what the user can do, not what the parser met. */
function inUserTerms(file: string, error: unknown): unknown {
  if (error instanceof VetaError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const truncated = message === 'FILE_ENDED' || /unexpected end/i.test(message);
  return new VetaError(
    'FILE_UNREADABLE',
    truncated
      ? `${file} is not a complete XLSX workbook: it ends in the middle of a part, as a file cut short in a download or a copy does. Fetch or save it again.`
      : `${file} is a damaged XLSX workbook: its zip structure or compressed data is invalid. Open it in Excel or LibreOffice and save it again, or export it again from its source.`,
    { cause: error },
  );
}
