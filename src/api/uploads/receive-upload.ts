import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { VetaError } from '../../core/veta-error.js';

/** A file received whole and on disk, ready to load. */
export interface ReceivedFile {
  readonly path: string;
  readonly fileName: string;
  readonly sizeBytes: number;
}

/**
 * Streams an uploaded file to `dir` (made by UploadFolder.create) as it arrives, never holding it
 * in memory; a file past the limit is deleted and refused with UPLOAD_TOO_LARGE. The file keeps its name (made safe for the
 * disk), because ingestion recognises a layout by its file name.
 */
export async function receiveUpload(
  file: MultipartFile,
  dir: string,
  limitBytes: number,
): Promise<ReceivedFile> {
  const fileName = safeFileName(file.filename);
  const path = join(dir, fileName);
  try {
    await pipeline(file.file, createWriteStream(path));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (hasCode(error, 'FST_REQ_FILE_TOO_LARGE')) throw tooLarge(limitBytes);
    throw error;
  }
  if (file.file.truncated) {
    await rm(dir, { recursive: true, force: true });
    throw tooLarge(limitBytes);
  }
  return { path, fileName, sizeBytes: (await stat(path)).size };
}

/** The refusal of a file past the limit, naming the limit. */
export function tooLarge(limitBytes: number): VetaError {
  return new VetaError(
    'UPLOAD_TOO_LARGE',
    `The file is larger than the ${describeBytes(limitBytes)} this server accepts; split it, or load it with "veta ingest" on the server.`,
  );
}

/** A file name safe to write: no folders, only letters, digits, dot, dash, underscore and space. */
export function safeFileName(name: string): string {
  const safe = basename(name.replaceAll('\\', '/')).replace(/[^A-Za-z0-9._ -]/g, '_');
  return safe.replace(/^\.+/, '') || 'upload';
}

function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${String(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
  if (bytes >= 1024) return `${String(Math.round(bytes / 1024))} KB`;
  return `${String(bytes)} bytes`;
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}
