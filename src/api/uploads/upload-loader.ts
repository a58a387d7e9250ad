import type { FastifyBaseLogger } from 'fastify';
import type { Scope } from '../../store/scope/scope.js';
import { silentLogger } from '../../core/logger.js';
import type { Progress } from '../../core/progress.js';
import { ingestFile } from '../../ingest/pipeline/ingest-file.js';
import { broughtMiningRights, flagRightGeometries } from '../../ingest/right-geometry-flags.js';
import type { LoadedProfile } from '../../ingest/profiles/load-profiles.js';
import type { Database } from '../../store/engine/database.js';
import type { ReceivedFile } from './receive-upload.js';
import type { UploadFolder } from './upload-folder.js';
import type { Upload } from './upload-registry.js';

/** How one upload is to be loaded: within its uploader's scope, and again if its bytes were loaded before. */
export interface UploadLoadOptions {
  readonly scope: Scope;
  readonly force: boolean;
}

/**
 * Loads uploaded files in the background with the ingestion pipeline, one at a time in the order
 * they arrived (each load is one transaction, and the embedded database runs one at a time anyway),
 * updating each upload's state as it goes and settling the file once loaded or failed (deleted, or
 * kept as evidence): the database keeps what it held, rejected rows included.
 */
export class UploadLoader {
  #tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly profiles: readonly LoadedProfile[],
    private readonly folder: UploadFolder,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Queues a received file for loading; returns at once. */
  enqueue(upload: Upload, file: ReceivedFile, options: UploadLoadOptions): void {
    this.#tail = this.#tail.then(() => this.#load(upload, file, options));
  }

  /** Resolves once every queued upload has finished: the server waits for it before closing. */
  async idle(): Promise<void> {
    // A request still under way as the server closes may queue one more: wait for that too.
    let tail: Promise<void>;
    do {
      tail = this.#tail;
      await tail;
    } while (tail !== this.#tail);
  }

  async #load(upload: Upload, file: ReceivedFile, options: UploadLoadOptions): Promise<void> {
    upload.status = 'loading';
    try {
      const report = await ingestFile(this.db, file.path, {
        profiles: this.profiles,
        // Checked again with the layout actually read: the load never runs outside the uploader's scope.
        scope: options.scope,
        force: options.force,
        logger: silentLogger(),
        progress: () => progressOf(upload),
        isolateReading: true,
      });
      upload.report = report;
      upload.error = report.error;
      // The same boundary checks over the store as `veta ingest` runs, before the upload counts as done.
      if (broughtMiningRights(report)) upload.error = await this.#checkRights(upload);
      upload.status = report.status === 'failed' ? 'failed' : 'done';
      this.log.info({ upload: upload.id, file: upload.fileName, status: report.status }, 'upload loaded');
    } catch (error) {
      // ingestFile reports expected failures in its report; reaching here is a bug or a lost database.
      this.log.error({ err: error, upload: upload.id }, 'upload failed unexpectedly');
      upload.status = 'failed';
      upload.error = {
        code: 'INTERNAL',
        message: `${upload.fileName} could not be loaded because of an error in Veta; the server log has the details.`,
      };
    } finally {
      upload.finishedAt = new Date();
      await this.#settle(upload, file);
    }
  }

  // The checks run after the load's transaction has committed: their failure leaves the batch loaded,
  // so it is told as what it is, never as a failed load.
  async #checkRights(upload: Upload): Promise<Upload['error']> {
    try {
      await flagRightGeometries(this.db);
      return null;
    } catch (error) {
      this.log.error({ err: error, upload: upload.id }, 'boundary checks of mining rights failed');
      return {
        code: 'RIGHT_CHECKS_FAILED',
        message: `${upload.fileName} was loaded, but checking the mining rights' boundaries (area against the declared hectares, overlaps) failed, so their flags may be out of date: load the file again (ticking "load again") or ask an administrator to read the server log.`,
      };
    }
  }

  async #settle(upload: Upload, file: ReceivedFile): Promise<void> {
    try {
      await this.folder.settle(file);
    } catch (error) {
      // The load is over either way; a file that could not be kept is lost evidence, worth a log line.
      this.log.error({ err: error, upload: upload.id }, 'uploaded file could not be kept');
    }
  }
}

function progressOf(upload: Upload): Progress {
  return {
    update(bytesRead) {
      upload.bytesRead = bytesRead;
    },
    increment(count = 1) {
      upload.bytesRead += count;
    },
    done() {
      upload.bytesRead = upload.sizeBytes;
    },
  };
}
