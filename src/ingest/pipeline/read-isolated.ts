import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, type ErrorCode } from '../../core/error-codes.js';
import { VetaError } from '../../core/veta-error.js';
import type { LoadedProfile } from '../profiles/load-profiles.js';
import { readLimitExceeded, type ReadLimits } from '../readers/read-limits.js';
import type { ReadJob, ReadReply } from './read-worker.js';
import { profilesByName } from './recognise.js';
import { unforeseenFailure } from './unforeseen-failure.js';

/** Which profiles to read a file with: the one forced, or all of them to recognise it by. */
export interface ReadProfiles {
  profiles: readonly LoadedProfile[];
  profile?: LoadedProfile | undefined;
}

/**
 * Recognises a file and reads it to its end in a worker thread whose heap is capped at
 * `limits.maxReadHeapMb`, with the same readers a load uses. A file that passes a bound fails with
 * that bound's error; one that exhausts the thread's heap, or breaks it in a way nobody foresaw,
 * fails with a sentence of its own. Either way only the thread ends, never the process. Returns the
 * layout the file was read as.
 */
export async function readInWorker(path: string, using: ReadProfiles, limits: ReadLimits): Promise<string> {
  // Only the profiles recognition would try: compiling all of them in the thread costs a second.
  const byName = profilesByName(path, using.profiles);
  const candidates = using.profile ? [using.profile] : byName.length > 0 ? byName : using.profiles;
  const job: ReadJob = {
    path,
    profiles: candidates.map(({ profile, source, fileNamePattern }) => ({
      profile,
      source,
      fileNamePattern,
    })),
    forced: using.profile !== undefined,
    limits,
  };
  // Any temporary file a reader makes in the thread goes to a folder of this reading's own,
  // removed with everything in it once the thread is gone: a thread ended mid-read, or one that
  // ran out of memory, cleans up nothing itself.
  const temporary = await mkdtemp(join(tmpdir(), 'veta-read-'));
  const worker = new Worker(new URL('./read-worker.js', import.meta.url), {
    workerData: job,
    resourceLimits: { maxOldGenerationSizeMb: limits.maxReadHeapMb },
    env: { ...process.env, TMPDIR: temporary, TMP: temporary, TEMP: temporary },
  });
  try {
    return await outcome(worker, basename(path), limits);
  } finally {
    await worker.terminate();
    await rm(temporary, { recursive: true, force: true });
  }
}

/** How the thread's reading ended: its first word on it, whether a reply, an error or its exit. */
function outcome(worker: Worker, file: string, limits: ReadLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (result: string | Error): void => {
      if (settled) return;
      settled = true;
      if (typeof result === 'string') resolve(result);
      else reject(result);
    };
    worker.on('message', (reply: ReadReply) => settle(reply.ok ? reply.layout : replyError(file, reply)));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? readLimitExceeded(file, 'maxReadHeapMb', limits, 'reading it took all the memory it was given')
          : unforeseenFailure(file, error),
      ),
    );
    worker.on('exit', (code) =>
      settle(unforeseenFailure(file, new Error(`the reading thread exited with code ${code}`))),
    );
  });
}

/** A failure the thread reported: an expected one as it was, a bug without its internals. */
function replyError(file: string, reply: { code: string; message: string }): VetaError {
  if (reply.code === 'INTERNAL' || !(reply.code in ERROR_CODES))
    return unforeseenFailure(file, new Error(reply.message));
  return new VetaError(reply.code as ErrorCode, reply.message);
}
