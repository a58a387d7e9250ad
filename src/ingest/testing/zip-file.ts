import { constants, deflateRawSync } from 'node:zlib';

/** One part of a zip written by hand: its bytes deflated, or given already deflated. */
export interface ZipPart {
  path: string;
  /** The part's bytes, deflated when written. */
  data?: Buffer;
  /** Deflate data already made (a bomb's), with the size it inflates to. */
  deflated?: { bytes: Buffer; inflatedSize: number };
  /** Sizes the local header claims instead of the true ones (a zip that lies). */
  claimed?: { compressed: number; inflated: number };
  /** Sizes come after the data, in a data descriptor, as streaming writers do. */
  descriptor?: boolean;
  /** The name the central directory lists the part under, when it lies about it; null: unlisted. */
  listedAs?: string | null;
}

/**
 * Writes a zip archive byte by byte, so a test can build what no zip library would: parts whose
 * headers lie, deflate streams made of repeated blocks, archives cut short.
 */
export function zipFile(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.path, 'utf8');
    const bytes = part.deflated?.bytes ?? deflateRawSync(part.data ?? Buffer.alloc(0));
    const inflatedSize = part.deflated?.inflatedSize ?? part.data?.length ?? 0;
    const compressed = part.claimed?.compressed ?? bytes.length;
    const inflated = part.claimed?.inflated ?? inflatedSize;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.descriptor === true ? 0x08 : 0, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(compressed >>> 0, 18);
    local.writeUInt32LE(inflated >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(part.descriptor === true ? 16 : 0);
    if (part.descriptor === true) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(bytes.length >>> 0, 8);
      descriptor.writeUInt32LE(inflatedSize >>> 0, 12);
    }
    chunks.push(local, name, bytes, descriptor);
    const start = offset;
    offset += local.length + name.length + bytes.length + descriptor.length;
    if (part.listedAs === null) continue;
    const listed = part.listedAs === undefined ? name : Buffer.from(part.listedAs, 'utf8');
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(compressed >>> 0, 20);
    entry.writeUInt32LE(inflated >>> 0, 24);
    entry.writeUInt16LE(listed.length, 28);
    entry.writeUInt32LE(start, 42);
    central.push(entry, listed);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const listedParts = parts.filter((part) => part.listedAs !== null).length;
  end.writeUInt16LE(listedParts, 8);
  end.writeUInt16LE(listedParts, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/**
 * Deflate data that inflates to `head` then `block` repeated `times` times, made without deflating
 * it all: a fully flushed block does not refer back past itself, so its compressed bytes repeat.
 */
export function repeatedDeflate(
  head: Buffer,
  block: Buffer,
  times: number,
): { bytes: Buffer; inflatedSize: number } {
  const flushed = (bytes: Buffer): Buffer => deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH });
  const body = flushed(block);
  const parts = [flushed(head), ...Array<Buffer>(times).fill(body), deflateRawSync(Buffer.alloc(0))];
  return { bytes: Buffer.concat(parts), inflatedSize: head.length + block.length * times };
}
