import { parentPort } from 'node:worker_threads';
import type { ErrorCode } from '../../core/error-codes.js';
import { isVetaError } from '../../core/veta-error.js';
import { compileProfile, type CompiledProfile } from '../mapping/compile-profile.js';
import type { Profile } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import type { RowContext } from '../mapping/transform.js';
import { mapBatch, type MappedBatch } from './map-batch.js';

/** A batch of rows to map, with the profile (plain data) and the key it is cached under. */
export interface MapJob {
  id: number;
  profileKey: number;
  profile: Profile;
  source: string;
  rows: RawRow[];
  context: RowContext;
}

/**
 * A batch mapped, a failure that ends the file (a VetaError, rebuilt on the main thread) or a bug,
 * whose message and stack are for the log only (ingest-file.ts shows the user one sentence).
 */
export type MapReply =
  | { id: number; batch: MappedBatch }
  | { id: number; failure: { code: ErrorCode; message: string } }
  | { id: number; error: { message: string; stack: string } };

// Compiled once per profile: the transforms' bound functions cannot cross threads, the data can.
const compiled = new Map<number, CompiledProfile>();

parentPort?.on('message', (job: MapJob) => {
  let reply: MapReply;
  try {
    let profile = compiled.get(job.profileKey);
    if (!profile) {
      profile = compileProfile(job.profile, job.source);
      compiled.set(job.profileKey, profile);
    }
    reply = { id: job.id, batch: mapBatch(profile, job.rows, job.context) };
  } catch (error) {
    // A class does not cross threads: the code and message do, and the main thread rebuilds it.
    if (isVetaError(error)) reply = { id: job.id, failure: { code: error.code, message: error.message } };
    else {
      const message = error instanceof Error ? error.message : String(error);
      reply = {
        id: job.id,
        error: { message, stack: error instanceof Error ? (error.stack ?? message) : message },
      };
    }
  }
  parentPort?.postMessage(reply);
});
