import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Sets every entry's modification time in a ZIP file to one fixed day. The XLSX writer stamps
 * entries with the current time; a fixed stamp makes two runs byte-identical. Patches in place,
 * reading one header at a time, so memory does not depend on the file's size.
 */
export function fixZipTimestamps(path: string, year: number, month: number, day: number): void {
  const dosDate = ((year - 1980) << 9) | (month << 5) | day;
  const fd = openSync(path, 'r+');
  try {
    const { offset, entries } = readCentralDirectory(fd);
    let position = offset;
    for (let i = 0; i < entries; i++) {
      const header = readAt(fd, position, 46);
      if (header.readUInt32LE(0) !== CENTRAL_HEADER) throw new Error(`Bad ZIP central header in ${path}`);
      writeStamp(fd, position + 12, dosDate);
      const localOffset = header.readUInt32LE(42);
      if (readAt(fd, localOffset, 4).readUInt32LE(0) !== LOCAL_HEADER)
        throw new Error(`Bad ZIP local header in ${path}`);
      writeStamp(fd, localOffset + 10, dosDate);
      position += 46 + header.readUInt16LE(28) + header.readUInt16LE(30) + header.readUInt16LE(32);
    }
  } finally {
    closeSync(fd);
  }
}

function readCentralDirectory(fd: number): { offset: number; entries: number } {
  const size = fstatSync(fd).size;
  const tailLength = Math.min(size, 22 + 65535);
  const tail = readAt(fd, size - tailLength, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      return { entries: tail.readUInt16LE(i + 10), offset: tail.readUInt32LE(i + 16) };
    }
  }
  throw new Error('No ZIP end-of-central-directory record');
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  readSync(fd, buffer, 0, length, position);
  return buffer;
}

function writeStamp(fd: number, position: number, dosDate: number): void {
  const stamp = Buffer.alloc(4);
  stamp.writeUInt16LE(0, 0); // 00:00:00
  stamp.writeUInt16LE(dosDate, 2);
  writeSync(fd, stamp, 0, 4, position);
}
