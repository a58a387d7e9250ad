import { parentPort, workerData } from 'node:worker_threads';
import { isVetaError } from '../../core/veta-error.js';
import { compileProfile } from '../mapping/compile-profile.js';
import type { LoadedProfile } from '../profiles/load-profiles.js';
import type { Profile } from '../profiles/profile.js';
import type { ReadLimits } from '../readers/read-limits.js';
import { openChecked, recogniseFile } from './recognise.js';

/** A file to read through, with the profiles (plain data) to recognise it by. */
export interface ReadJob {
  path: string;
  profiles: { profile: Profile; source: string; fileNamePattern: RegExp }[];
  /** The profiles were forced (--profile): open with them rather than recognise. */
  forced: boolean;
  limits: ReadLimits;
}

/** How the reading ended: read through (as which layout), or failed with a code and a sentence. */
export type ReadReply =
  { ok: true; layout: string; lastRow: number } | { ok: false; code: string; message: string };

async function readThrough(job: ReadJob): Promise<ReadReply> {
  // Compiled here: the transforms' bound functions cannot cross threads, the data can.
  const profiles: LoadedProfile[] = job.profiles.map(({ profile, source, fileNamePattern }) => ({
    ...compileProfile(profile, source),
    source,
    fileNamePattern,
  }));
  const opened = job.forced
    ? await openChecked(job.path, profiles, job.limits)
    : await recogniseFile(job.path, profiles, job.limits);
  let lastRow = 0;
  try {
    for await (const row of opened.source.rows) lastRow = row.rowNumber;
  } finally {
    opened.source.close();
  }
  return { ok: true, layout: opened.profile.profile.id, lastRow };
}

const job = workerData as ReadJob;
readThrough(job).then(
  (reply) => parentPort?.postMessage(reply),
  (error: unknown) => {
    const reply: ReadReply = isVetaError(error)
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) };
    parentPort?.postMessage(reply);
  },
);
