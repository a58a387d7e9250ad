import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { ChunkedFile } from './writers/chunked-file.js';

/** How strongly a planted instance shows: far past any threshold, clearly past it, or just past it. */
export type Intensity = 'BLATANT' | 'CLEAR' | 'NEAR_THRESHOLD';

/** One planted instance of a typology: the answer key a detector is scored against. */
export interface SchemeInstance {
  readonly typology: string;
  /** Canonical identifiers of the parties, rights, declarations or features involved. */
  readonly subjects: readonly string[];
  readonly period: { readonly from: string; readonly to: string };
  readonly description: string;
  readonly intensity: Intensity;
  /** Instances planted together in one network share a network id. */
  readonly network?: string;
  /**
   * Other typologies this instance shows by construction: detection is right to raise them on its
   * subjects too, so they are expected findings, not repeats.
   */
  readonly alsoShows?: readonly string[];
}

/** One real-world entity as truth.json lists it. */
export interface EntityTruth {
  readonly id: string;
  readonly kind: 'PERSON' | 'ORGANISATION';
  readonly name: string;
  readonly country: string;
  readonly identifiers: readonly string[];
}

/** The header of truth.json: the run's parameters and the stated tolerances. */
export interface TruthHeader {
  readonly generator: string;
  readonly seed: number;
  readonly scale: string;
  readonly from: string;
  readonly to: string;
  readonly tolerances: Readonly<Record<string, string | number>>;
  readonly naturalVariation: readonly string[];
}

const TEMP_NAME = '.truth-party-records.tmp';

/**
 * Collects the ground truth while files are written and writes `truth.json` at the end. Party
 * records go to a temporary file as they are emitted, so the answer key streams like the data.
 */
export class TruthWriter {
  private readonly schemes: SchemeInstance[] = [];
  private readonly aliases = new Map<string, string>();
  private readonly tempPath: string;
  private readonly temp: ChunkedFile;
  private records = 0;

  constructor(private readonly outDir: string) {
    this.tempPath = join(outDir, TEMP_NAME);
    this.temp = new ChunkedFile(this.tempPath);
  }

  /** Records that row `row` (1-based, header excluded) of `file` describes `entity` in column `field`. */
  partyRecord(file: string, row: number, field: string, entity: string): void {
    this.temp.write(`${this.records === 0 ? '' : ',\n'}${JSON.stringify({ file, row, field, entity })}`);
    this.records++;
  }

  /** Records a planted scheme instance. */
  scheme(instance: SchemeInstance): void {
    this.schemes.push(instance);
  }

  /** Planted instances so far. */
  get planted(): readonly SchemeInstance[] {
    return this.schemes;
  }

  /** Records that a mistyped identifier written somewhere stands for an entity. */
  alias(writtenId: string, entity: string): void {
    this.aliases.set(writtenId, entity);
  }

  /** Party records written so far. */
  get partyRecords(): number {
    return this.records;
  }

  /** Writes truth.json: header, schemes, entities (streamed from the iterable), aliases, party records. */
  finish(header: TruthHeader, entities: Iterable<EntityTruth>): void {
    this.temp.close();
    const fd = openSync(join(this.outDir, 'truth.json'), 'w');
    try {
      const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
      writeSync(
        fd,
        `${head},\n  "schemes": ${JSON.stringify(this.schemes, null, 2).replace(/\n/g, '\n  ')},\n  "entities": [\n`,
      );
      let first = true;
      for (const entity of entities) {
        writeSync(fd, `${first ? '' : ',\n'}    ${JSON.stringify(entity)}`);
        first = false;
      }
      const aliases = Object.fromEntries(
        [...this.aliases.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
      writeSync(fd, `\n  ],\n  "identifierAliases": ${JSON.stringify(aliases)},\n  "partyRecords": [\n`);
      copyFile(this.tempPath, fd);
      writeSync(fd, '\n  ]\n}\n');
    } finally {
      closeSync(fd);
      rmSync(this.tempPath, { force: true });
    }
  }
}

function copyFile(path: string, target: number): void {
  const source = openSync(path, 'r');
  const buffer = Buffer.alloc(1 << 20);
  try {
    for (;;) {
      const read = readSync(source, buffer, 0, buffer.length, null);
      if (read === 0) break;
      writeSync(target, buffer, 0, read);
    }
  } finally {
    closeSync(source);
  }
}
