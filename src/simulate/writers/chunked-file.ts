import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';

/** The text encodings the simulator writes: UTF-8, or Latin-1 for Colombian agencies. */
export type TextEncoding = 'utf8' | 'latin1';

const CHUNK_BYTES = 64 * 1024;
// Characters Latin-1 cannot hold; Buffer#write would keep only their low byte, iconv writes '?'.
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * A file written synchronously through one reused 64 KiB buffer. Text is encoded into the buffer
 * as soon as it arrives, so nothing waits on the JavaScript heap: pending rows held in arrays live
 * through several young-generation collections, get promoted, and make the old generation grow
 * for garbage (that was most of the simulator's peak memory). Bytes depend only on the text.
 */
export class ChunkedFile {
  private readonly fd: number;
  private readonly chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(
    path: string,
    private readonly encoding: TextEncoding = 'utf8',
  ) {
    this.fd = openSync(path, 'w');
  }

  /** Appends text in the file's encoding. */
  write(text: string): void {
    if (this.encoding === 'latin1' && BEYOND_LATIN1.test(text)) {
      this.writeBytes(iconv.encode(text, 'latin1'));
      return;
    }
    // A character takes at most 3 UTF-8 bytes (surrogate pairs take 4 for 2 code units).
    if (text.length * 3 > CHUNK_BYTES - this.used) {
      this.flush();
      if (text.length * 3 > CHUNK_BYTES) {
        writeSync(this.fd, Buffer.from(text, this.encoding));
        return;
      }
    }
    this.used += this.chunk.write(text, this.used, this.encoding);
  }

  /** Appends raw bytes (a byte-order mark, or text already encoded). */
  writeBytes(bytes: Uint8Array): void {
    if (bytes.length > CHUNK_BYTES - this.used) this.flush();
    if (bytes.length > CHUNK_BYTES) writeSync(this.fd, bytes);
    else {
      this.chunk.set(bytes, this.used);
      this.used += bytes.length;
    }
  }

  /** Writes what the buffer holds and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.used === 0) return;
    writeSync(this.fd, this.chunk, 0, this.used);
    this.used = 0;
  }
}
