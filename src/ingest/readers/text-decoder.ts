import { isAscii } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

/** The text encodings a layout may declare for its files. */
export type TextEncoding = 'utf-8' | 'latin1';

// Enough bytes after the first non-ASCII one to tell UTF-8 from Latin-1 beyond doubt: Latin-1 text
// that happens to form valid UTF-8 sequences over a few kilobytes of accented names does not occur.
const WINDOW_BYTES = 4096;

/**
 * Decodes a file's bytes in the encoding they are in, which is not always the one its layout
 * declares: a Latin-1 layout re-saved as UTF-8 read as Latin-1 stored "COMPAÃ‘ÃA" for "COMPAÑÍA".
 * ASCII reads the same in both, so the choice is made where the first non-ASCII byte comes,
 * however deep in the file: valid UTF-8 from there on is UTF-8. A file declared UTF-8 is read
 * as UTF-8, so that bytes that are not (a Latin-1 file) show as invalid and are reported.
 */
export class DetectingDecoder extends Transform {
  private decoder: ReturnType<typeof iconv.getDecoder> | undefined;
  private pending: Buffer | undefined;
  private chosen: TextEncoding | undefined;

  constructor(private readonly declared: TextEncoding) {
    super({ encoding: 'utf8' });
    if (declared === 'utf-8') this.choose('utf-8');
  }

  /** The encoding the file turned out to be in when it is not the declared one; undefined so far. */
  get mismatch(): TextEncoding | undefined {
    return this.chosen === this.declared ? undefined : this.chosen;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.decoder) return callback(null, this.decoder.write(chunk));
    if (!this.pending && isAscii(chunk)) return callback(null, chunk.toString('latin1'));
    const bytes = this.pending ? Buffer.concat([this.pending, chunk]) : this.afterAscii(chunk);
    if (bytes.length < WINDOW_BYTES) {
      this.pending = bytes;
      return callback();
    }
    this.pending = undefined;
    callback(null, this.decide(bytes, false).write(bytes));
  }

  override _flush(callback: TransformCallback): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending) this.push(this.decide(pending, true).write(pending));
    const rest = this.decoder?.end();
    callback(null, rest ?? '');
  }

  /** Passes on the ASCII start of a chunk, which reads the same in both, and returns the rest. */
  private afterAscii(chunk: Buffer): Buffer {
    const first = firstNonAscii(chunk);
    if (first > 0) this.push(chunk.subarray(0, first).toString('latin1'));
    return chunk.subarray(first);
  }

  private decide(window: Buffer, final: boolean): ReturnType<typeof iconv.getDecoder> {
    return this.choose(isUtf8Start(window, final) ? 'utf-8' : 'latin1');
  }

  private choose(encoding: TextEncoding): ReturnType<typeof iconv.getDecoder> {
    this.chosen = encoding;
    this.decoder = iconv.getDecoder(encoding === 'utf-8' ? 'utf8' : 'latin1');
    return this.decoder;
  }
}

function firstNonAscii(bytes: Buffer): number {
  for (let index = 0; index < bytes.length; index++) if ((bytes[index] ?? 0) > 0x7f) return index;
  return bytes.length;
}

/** True when the bytes are valid UTF-8, but for a sequence the window cut short (unless final). */
function isUtf8Start(window: Buffer, final: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(window, { stream: !final });
    return true;
  } catch {
    return false;
  }
}
