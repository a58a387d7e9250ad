import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream';
import { pipeline as pipelinePromise } from 'node:stream/promises';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { VetaError } from '../core/veta-error.js';

/** The party mentions of one file row in the simulator's truth: which field names which entity. */
export type TruthMentions = ReadonlyMap<string, readonly { field: string; entity: string }[]>;

/** The key of a file row: file name and row number as Veta stores it (the header is row 1). */
export function truthRowKey(file: string, storedRow: number): string {
  return `${basename(file)}\u0000${storedRow}`;
}

/**
 * Streams `partyRecords` out of a simulator's truth.json (tens of MB at medium scale). The truth
 * counts data rows from 1; Veta counts the header as row 1, so a truth row r is stored as r + 1.
 */
export async function readTruthMentions(path: string): Promise<TruthMentions> {
  const items = pipeline(
    createReadStream(path),
    parser.asStream(),
    pick.asStream({ filter: 'partyRecords' }),
    streamArray.asStream(),
    () => undefined,
  ) as AsyncIterable<{
    key: number;
    value: { file?: unknown; row?: unknown; field?: unknown; entity?: unknown };
  }>;
  const mentions = new Map<string, { field: string; entity: string }[]>();
  try {
    for await (const { value } of items) {
      if (typeof value.file !== 'string' || typeof value.row !== 'number') continue;
      const key = truthRowKey(value.file, value.row + 1);
      const list = mentions.get(key) ?? [];
      list.push({ field: String(value.field), entity: String(value.entity) });
      mentions.set(key, list);
    }
  } catch (error) {
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new VetaError(
      missing ? 'PATH_NOT_FOUND' : 'TRUTH_INVALID',
      missing
        ? `${path} does not exist; pass the truth.json that veta simulate wrote.`
        : `${basename(path)} is not readable JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return mentions;
}

/** The truth's person entities, streamed out of its `entities`. */
export async function readTruthPersons(path: string): Promise<Set<string>> {
  const items = pipeline(
    createReadStream(path),
    parser.asStream(),
    pick.asStream({ filter: 'entities' }),
    streamArray.asStream(),
    () => undefined,
  ) as AsyncIterable<{ key: number; value: { id?: unknown; kind?: unknown } }>;
  const persons = new Set<string>();
  for await (const { value } of items)
    if (value.kind === 'PERSON' && typeof value.id === 'string') persons.add(value.id);
  return persons;
}

/**
 * The region's files beside its truth, by SHA-256: a hub holds a file a node shared only by its
 * hash (its name stays at the node), and the truth names rows by file name.
 */
export async function regionFilesByHash(
  truthPath: string,
  mentions: TruthMentions,
): Promise<Map<string, string>> {
  const wanted = new Set([...mentions.keys()].map((key) => key.split('\u0000')[0] ?? ''));
  const files = new Map<string, string>();
  for (const entry of await readdir(dirname(truthPath), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !wanted.has(entry.name)) continue;
    const hash = createHash('sha256');
    await pipelinePromise(createReadStream(join(entry.parentPath, entry.name)), hash);
    files.set(hash.digest('hex'), entry.name);
  }
  return files;
}
