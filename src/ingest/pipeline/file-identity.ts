import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { VetaError } from '../../core/veta-error.js';

/** A file as Veta identifies it: by the SHA-256 of its bytes, with its name and size. */
export interface FileIdentity {
  path: string;
  name: string;
  sizeBytes: number;
  sha256: string;
}

/** Hashes a file as a stream, so its size does not matter. */
export async function identifyFile(path: string): Promise<FileIdentity> {
  try {
    const { size } = await stat(path);
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return { path, name: basename(path), sizeBytes: size, sha256: hash.digest('hex') };
  } catch (error) {
    throw new VetaError(
      'FILE_UNREADABLE',
      `${path} cannot be read (${error instanceof Error ? error.message : String(error)}). Check the path and its permissions.`,
      { cause: error },
    );
  }
}
