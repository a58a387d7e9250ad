import { EventEmitter } from 'node:events';
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { Open, type DirectoryFile } from 'unzipper';

/** A zip archive opened at its central directory, so its parts can be read in any order. */
export interface ZipDirectory {
  /** The parts the central directory lists, by path. */
  readonly parts: ReadonlyMap<string, DirectoryFile>;
  /** Bytes of the file read so far, at most its size, for progress. */
  bytesRead(): number;
  /** Stops every read under way and releases the file. */
  close(): void;
  /** Calls back with the error a read of the file met (a disk error, a file replaced meanwhile). */
  onFailure(listener: (error: Error) => void): void;
}

/**
 * Opens a zip file by its central directory. Every read of it goes through streams this keeps
 * track of, so bytes read are counted for progress and a reading abandoned midway (a part read
 * only in its first rows) leaves no file open behind it.
 */
export async function openZipDirectory(path: string): Promise<ZipDirectory> {
  const size = (await stat(path)).size;
  const open = new Set<ReadStream>();
  const failures = new EventEmitter<{ failure: [Error] }>();
  let bytes = 0;
  const close = (): void => {
    for (const stream of open) stream.destroy();
  };
  // unzipper pipes these streams on without listening for their errors: they are taken here, so a
  // failing read ends the reading of the parts with its error rather than the process.
  let failure: Error | undefined;
  let stopOpening: (error: Error) => void = () => undefined;
  const opening = new Promise<never>((_resolve, reject) => (stopOpening = reject));
  // Once the directory is read, a failure is the parts' to report, not the opening's.
  opening.catch(() => undefined);
  const failed = (error: Error): void => {
    failure ??= error;
    stopOpening(error);
    failures.emit('failure', error);
    close();
  };
  const source = {
    size: () => Promise.resolve(size),
    stream: (offset: number, length?: number): Readable => {
      const stream = createReadStream(path, {
        start: offset,
        end: length === undefined ? undefined : offset + length - 1,
      });
      open.add(stream);
      stream.on('error', failed);
      stream.on('data', (chunk: string | Buffer) => (bytes += chunk.length));
      stream.on('close', () => open.delete(stream));
      return stream;
    },
  };
  try {
    const directory = await Promise.race([Open.custom(source), opening]);
    return {
      parts: new Map(directory.files.map((part) => [part.path, part])),
      bytesRead: () => Math.min(bytes, size),
      close,
      onFailure: (listener) => {
        if (failure) listener(failure);
        else failures.on('failure', listener);
      },
    };
  } catch (error) {
    close();
    throw error;
  }
}
