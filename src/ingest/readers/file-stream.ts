import { createReadStream, type ReadStream } from 'node:fs';

/** A file read stream that counts the bytes it has delivered. */
export interface CountedStream {
  stream: ReadStream;
  bytesRead(): number;
}

/** Opens a file for reading, counting bytes as they are read (for progress and time left). */
export function countedReadStream(path: string): CountedStream {
  const stream = createReadStream(path);
  let bytes = 0;
  stream.on('data', (chunk: string | Buffer) => {
    bytes += chunk.length;
  });
  return { stream, bytesRead: () => bytes };
}
