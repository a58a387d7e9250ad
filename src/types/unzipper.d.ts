// unzipper ships no type declarations; this covers the streaming parser the workbook walk uses
// and the central-directory reader workbooks are read with.
declare module 'unzipper' {
  import type { Duplex, PassThrough, Readable } from 'node:stream';

  /** One zip entry as the parser meets it, its bytes inflated as they are read. */
  export interface Entry extends PassThrough {
    path: string;
    type: 'File' | 'Directory';
    vars: { flags: number; compressionMethod: number; compressedSize: number; uncompressedSize: number };
    autodrain(): unknown;
  }

  /** A stream that takes a zip's bytes and gives its entries in the order they are stored. */
  export function Parse(options: { forceStream: true }): Duplex;

  /** One part as the central directory lists it; `stream` inflates it from its local header on. */
  export interface DirectoryFile {
    path: string;
    type: 'File' | 'Directory';
    compressedSize: number;
    uncompressedSize: number;
    stream(): PassThrough;
  }

  /** Where the central-directory reader takes its bytes from: ranges of one archive. */
  export interface ZipSource {
    size(): Promise<number>;
    stream(offset: number, length?: number): Readable;
  }

  export const Open: {
    custom(source: ZipSource): Promise<{ files: DirectoryFile[] }>;
  };
}
