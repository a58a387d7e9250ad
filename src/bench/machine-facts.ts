import { availableParallelism, cpus, totalmem } from 'node:os';
import type { MachineFacts } from './result-entry.js';

/** This machine's facts; `postgres` is the server version the benchmark used, if any. */
export function machineFacts(postgres: string | null): MachineFacts {
  return {
    cores: availableParallelism(),
    // One decimal: the kernel's figure moves by a few pages between boots of the same machine.
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    postgres,
  };
}

export function sameMachine(a: MachineFacts, b: MachineFacts): boolean {
  return (
    a.cores === b.cores &&
    a.memoryGiB === b.memoryGiB &&
    a.cpu === b.cpu &&
    a.node === b.node &&
    a.postgres === b.postgres
  );
}
