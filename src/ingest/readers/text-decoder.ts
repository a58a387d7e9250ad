import { isAscii } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';

/** The text encodings a layout may declare for its files. */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'latin1';

/** The encodings a file may turn out to be in: a declared one, or UTF-16 announced by its BOM. */
export type DetectedEncoding = TextEncoding | 'utf-16le' | 'utf-16be';

// Enough bytes after the first non-ASCII one to tell UTF-8 from a single-byte encoding beyond
// doubt: Latin-1 text that happens to form valid UTF-8 sequences over a few kilobytes of accented
// names does not occur.
const WINDOW_BYTES = 4096;

const BOMS: readonly (readonly [Buffer, DetectedEncoding])[] = [
  [Buffer.from([0xef, 0xbb, 0xbf]), 'utf-8'],
  [Buffer.from([0xff, 0xfe]), 'utf-16le'],
  [Buffer.from([0xfe, 0xff]), 'utf-16be'],
];

// Bytes Windows-1252 leaves undefined; in Latin-1 they, like all of 0x80-0x9F, are control codes.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Decodes a file's bytes in the encoding they are in, which is not always the one its layout
 * declares: a Latin-1 layout re-saved as UTF-8 read as Latin-1 stored "COMPAÃ‘ÃA" for "COMPAÑÍA".
 * A byte-order mark settles it (UTF-8, or UTF-16 in either order). Otherwise ASCII reads the same
 * in all of them, so the choice is made where the first non-ASCII byte comes, however deep in the
 * file: valid UTF-8 from there on is UTF-8; anything else is a single-byte encoding. Windows-1252
 * and Latin-1 differ only in 0x80-0x9F, printable in the first (€, curly quotes, dashes) and
 * control codes in the second: bytes there make it Windows-1252 (or Latin-1 when one of them is
 * undefined in Windows-1252), and without them the two read alike. After UTF-8 was chosen, bytes
 * that are not UTF-8 show as invalid and are reported.
 */
export class DetectingDecoder extends Transform {
  private decoder: ReturnType<typeof iconv.getDecoder> | undefined;
  private pending: Buffer | undefined;
  private chosen: DetectedEncoding | undefined;
  private started = false;

  constructor(private readonly declared: TextEncoding) {
    super({ encoding: 'utf8' });
  }

  /** The encoding the file turned out to be in when it is not of the declared kind; undefined so far. */
  get mismatch(): DetectedEncoding | undefined {
    if (this.chosen === undefined) return undefined;
    return family(this.chosen) === family(this.declared) ? undefined : this.chosen;
  }

  /** The encoding chosen for the file; undefined while all of it was ASCII. */
  get encoding(): DetectedEncoding | undefined {
    return this.chosen;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.decoder) return callback(null, this.decoder.write(chunk));
    if (!this.started) {
      // A BOM is at most three bytes: wait for them before looking.
      const head = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
      if (head.length < 3) {
        this.pending = head;
        return callback();
      }
      this.pending = undefined;
      this.started = true;
      const bom = BOMS.find(([mark]) => head.subarray(0, mark.length).equals(mark));
      if (bom) return callback(null, this.choose(bom[1]).write(head));
      chunk = head;
    }
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
    if (pending && !this.started) {
      // A file of fewer than three bytes: no BOM, and ASCII or not as any other.
      this.started = true;
      const bom = BOMS.find(([mark]) => pending.subarray(0, mark.length).equals(mark));
      if (bom) this.push(this.choose(bom[1]).write(pending));
      else if (isAscii(pending)) this.push(pending.toString('latin1'));
      else this.push(this.decide(pending, true).write(pending));
    } else if (pending) this.push(this.decide(pending, true).write(pending));
    const rest = this.decoder?.end();
    callback(null, rest ?? '');
  }

  /** Passes on the ASCII start of a chunk, which reads the same in all, and returns the rest. */
  private afterAscii(chunk: Buffer): Buffer {
    const first = firstNonAscii(chunk);
    if (first > 0) this.push(chunk.subarray(0, first).toString('latin1'));
    return chunk.subarray(first);
  }

  /** Chooses by the first WINDOW_BYTES bytes from the first non-ASCII one (all of them at the end). */
  private decide(bytes: Buffer, final: boolean): ReturnType<typeof iconv.getDecoder> {
    const window = bytes.subarray(0, WINDOW_BYTES);
    const utf8 = isUtf8Start(window, final && bytes.length <= WINDOW_BYTES);
    return this.choose(utf8 ? 'utf-8' : singleByte(window));
  }

  private choose(encoding: DetectedEncoding): ReturnType<typeof iconv.getDecoder> {
    this.chosen = encoding;
    // Latin-1 bytes outside 0x80-0x9F read the same in Windows-1252, which also reads a curly
    // quote further on; a file with a byte 1252 leaves undefined is read as Latin-1 throughout.
    this.decoder = iconv.getDecoder(
      encoding === 'latin1' ? 'latin1' : encoding === 'windows-1252' ? 'windows1252' : encoding,
    );
    return this.decoder;
  }
}

/** Which single-byte encoding the bytes seen are in (see DetectingDecoder). */
function singleByte(window: Buffer): TextEncoding {
  let controlRange = false;
  for (const byte of window) {
    if (UNDEFINED_IN_1252.has(byte)) return 'latin1';
    if (byte >= 0x80 && byte <= 0x9f) controlRange = true;
  }
  return controlRange ? 'windows-1252' : 'latin1';
}

function family(encoding: DetectedEncoding): string {
  return encoding === 'windows-1252' || encoding === 'latin1' ? 'single-byte' : encoding;
}

/** The name of an encoding in a sentence. */
export function encodingName(encoding: DetectedEncoding): string {
  const names: Record<DetectedEncoding, string> = {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252',
    latin1: 'ISO-8859-1 (Latin-1)',
    'utf-16le': 'UTF-16 (little-endian)',
    'utf-16be': 'UTF-16 (big-endian)',
  };
  return names[encoding];
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
