import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../../store/engine/database.js';
import type { NodeDescriptor } from '../node-descriptor.js';
import type { ReceiveReport } from '../transport/delivery.js';
import type { BrokerNames } from '../transport/nats-broker.js';
import { receiveNode } from './receive-node.js';

/** What one round of a continuous receive applied, or the error that failed it (tried again next round). */
export type ReceiveRound = { report: ReceiveReport } | { error: string };

/** A receive loop running beside the server; `stop` ends it after the round under way. */
export interface Receiving {
  stop(): Promise<void>;
}

/**
 * Consumes what trusted peers publish, round after round, for as long as the server runs: the
 * durable consumers keep the place, so a hub down for days catches up on start. After a round that
 * applied something, `afterApplied` runs (resolve and detect), so alerts follow what arrived. A
 * broker that is down fails a round, not the server: the next round tries again.
 */
export function keepReceiving(
  db: Database,
  self: NodeDescriptor,
  source: { transport: string; names?: BrokerNames | undefined },
  options: {
    everyMs: number;
    actor?: string;
    afterApplied?: () => Promise<void>;
    /** What else each round does after receiving: send what waits in the outbox. */
    eachRound?: () => Promise<void>;
    onRound?: (round: ReceiveRound) => void;
  },
): Receiving {
  const stopping = new AbortController();
  const loop = (async () => {
    while (!stopping.signal.aborted) {
      try {
        const report = await receiveNode(db, self, source, { actor: options.actor ?? 'serve' });
        options.onRound?.({ report });
        // What arrived, and what lapsed agreements took away, changes what the alerts may quote.
        if (report.applied > 0 || report.lapsed.length > 0) await options.afterApplied?.();
      } catch (error) {
        options.onRound?.({ error: error instanceof Error ? error.message : String(error) });
      }
      // Sending does not wait on receiving: a broker refusing one still gets the other tried.
      await options.eachRound?.().catch((error: unknown) => {
        options.onRound?.({ error: error instanceof Error ? error.message : String(error) });
      });
      await sleep(options.everyMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  })();
  return {
    async stop() {
      stopping.abort();
      await loop;
    },
  };
}
