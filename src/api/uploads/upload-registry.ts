import type { FileReport } from '../../ingest/pipeline/file-report.js';

/** Where an upload is: waiting its turn, being loaded, loaded, or failed. */
export type UploadStatus = 'queued' | 'loading' | 'done' | 'failed';

/** One uploaded file on its way into the database. */
export interface Upload {
  readonly id: string;
  /** The user who uploaded it: only they see it. */
  readonly ownerId: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  readonly receivedAt: Date;
  status: UploadStatus;
  bytesRead: number;
  finishedAt: Date | null;
  /** The ingestion's report once loading ended (also when it failed after reading). */
  report: FileReport | null;
  error: { code: string; message: string } | null;
}

// Uploads live as long as the server: the batches they made stay in the database, so an old
// upload's state only needs to outlive the few minutes someone watches it.
const KEPT = 500;

/** The uploads of one server, in memory; the oldest finished ones are forgotten past a few hundred. */
export class UploadRegistry {
  readonly #uploads = new Map<string, Upload>();

  /** Registers a received file, queued for loading. */
  add(id: string, ownerId: string, fileName: string, sizeBytes: number): Upload {
    const upload: Upload = {
      id,
      ownerId,
      fileName,
      sizeBytes,
      receivedAt: new Date(),
      status: 'queued',
      bytesRead: 0,
      finishedAt: null,
      report: null,
      error: null,
    };
    this.#uploads.set(id, upload);
    this.#forgetOld();
    return upload;
  }

  /** The upload with this id if `ownerId` uploaded it. */
  get(id: string, ownerId: string): Upload | undefined {
    const upload = this.#uploads.get(id);
    return upload?.ownerId === ownerId ? upload : undefined;
  }

  /** The upload with this id, for the loader that updates it. */
  entry(id: string): Upload | undefined {
    return this.#uploads.get(id);
  }

  #forgetOld(): void {
    for (const [id, upload] of this.#uploads) {
      if (this.#uploads.size <= KEPT) return;
      if (upload.status === 'done' || upload.status === 'failed') this.#uploads.delete(id);
    }
  }
}

/** The share of an upload done, from 0 to 1: bytes read while loading, 1 once finished. */
export function uploadFraction(upload: Upload): number {
  if (upload.status === 'done' || upload.status === 'failed') return 1;
  if (upload.sizeBytes === 0) return 0;
  return Math.min(upload.bytesRead / upload.sizeBytes, 1);
}
