import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { VetaError } from '../../core/veta-error.js';
import type { Engine } from '../../store/engine/database.js';
import type { LoadedProfile } from '../profiles/load-profiles.js';
import type { RawRow } from '../readers/raw-row.js';
import type { RowContext } from '../mapping/transform.js';
import type { MappedBatch } from './map-batch.js';
import type { MapJob, MapReply } from './map-worker.js';

interface Waiting {
  resolve: (batch: MappedBatch) => void;
  reject: (error: Error) => void;
}

/** One worker thread and the jobs it owes answers for. */
class MapThread {
  // A batch's live data is a few megabytes: small generations keep the thread's garbage, and so
  // the process's memory, small (V8 collects sooner under a low ceiling); 128 MB is still many
  // times what a batch holds.
  private readonly worker = new Worker(new URL('./map-worker.js', import.meta.url), {
    resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 },
  });
  private readonly waiting = new Map<number, Waiting>();
  alive = true;

  constructor() {
    // An idle thread must not keep the process alive; a busy one must.
    this.worker.unref();
    this.worker.on('message', (reply: MapReply) => {
      const waiting = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if ('failure' in reply) waiting?.reject(new VetaError(reply.failure.code, reply.failure.message));
      else if ('error' in reply) waiting?.reject(threadError(reply.error));
      else waiting?.resolve(reply.batch);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`a mapping worker thread exited (code ${code})`)));
  }

  run(job: MapJob): Promise<MappedBatch> {
    return new Promise((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(job.id, { resolve, reject });
      this.worker.postMessage(job);
    });
  }

  private fail(error: Error): void {
    this.alive = false;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}

/**
 * How many mapping threads a load into `engine` uses. A PostgreSQL server works in its own
 * processes, and the main thread here mostly waits on it (two-thirds idle, measured): a thread per
 * core kept both cores busy (medium scenario, the second thread alone: 72-76 s → 61 s). PGlite
 * runs the database on the main thread, so one thread fewer; a second one there gained nothing
 * and took the load to 568 MB.
 */
export function mappingThreads(engine: Engine): number {
  const cores = availableParallelism();
  return Math.max(1, Math.min(3, engine === 'postgres' ? cores : cores - 1));
}

/**
 * Worker threads that map batches of rows, so that reading and COPY on the main thread overlap
 * with mapping, which is most of the work. Threads start on first use.
 */
class MapPool {
  private readonly threads: MapThread[] = [];
  private readonly keys = new WeakMap<LoadedProfile, number>();
  private nextJob = 0;
  private nextKey = 0;

  constructor(readonly size: number) {}

  map(profile: LoadedProfile, rows: RawRow[], context: RowContext): Promise<MappedBatch> {
    let profileKey = this.keys.get(profile);
    if (profileKey === undefined) {
      profileKey = this.nextKey++;
      this.keys.set(profile, profileKey);
    }
    const id = this.nextJob++;
    const job: MapJob = { id, profileKey, profile: profile.profile, source: profile.source, rows, context };
    return this.thread(id % this.size).run(job);
  }

  private thread(index: number): MapThread {
    let thread = this.threads[index];
    if (!thread?.alive) {
      thread = new MapThread();
      this.threads[index] = thread;
    }
    return thread;
  }
}

const pools = new Map<number, MapPool>();

/** `size` mapping threads of the process, started on first use and shared by every file. */
export function mapPool(size: number): MapPool {
  let pool = pools.get(size);
  if (!pool) {
    pool = new MapPool(size);
    pools.set(size, pool);
  }
  return pool;
}

/** A bug met in a mapping thread, as an error of this one whose stack (for the log) is the thread's. */
function threadError(thrown: { message: string; stack: string }): Error {
  const error = new Error(`mapping failed in a worker thread: ${thrown.message}`);
  error.stack = thrown.stack;
  return error;
}
