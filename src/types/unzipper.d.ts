// unzipper ships no type declarations; this covers the streaming parser Veta uses (the one
// exceljs reads workbooks with).
declare module 'unzipper' {
  import type { Duplex, PassThrough } from 'node:stream';

  /** One zip entry as the parser meets it, its bytes inflated as they are read. */
  export interface Entry extends PassThrough {
    path: string;
    type: 'File' | 'Directory';
    vars: { flags: number; compressionMethod: number; compressedSize: number; uncompressedSize: number };
    autodrain(): unknown;
  }

  /** A stream that takes a zip's bytes and gives its entries in the order they are stored. */
  export function Parse(options: { forceStream: true }): Duplex;
}
