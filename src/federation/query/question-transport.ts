import type { NatsConnection, Subscription } from 'nats';
import { VetaError } from '../../core/veta-error.js';
import { envelopeBytes, type Envelope } from '../envelope.js';
import type { BrokerNames } from '../transport/nats-broker.js';

/**
 * Where a node listens for questions: a subject outside every node's stream (no node id starts
 * with "_"), so a query is never stored on the broker: it is asked and answered while both are up.
 */
export function questionSubject(names: BrokerNames, node: string): string {
  return `${names.prefix}._question.${node}`;
}

/** Answers each query that reaches this node on the broker, until stopped. */
export function serveQuestions(
  nc: NatsConnection,
  names: BrokerNames,
  self: string,
  answer: (query: unknown) => Promise<Envelope>,
  onError: (error: unknown) => void = () => undefined,
): { stop(): Promise<void> } {
  const subscription: Subscription = nc.subscribe(questionSubject(names, self));
  const done = (async () => {
    for await (const message of subscription) {
      try {
        let query: unknown;
        try {
          query = JSON.parse(new TextDecoder().decode(message.data));
        } catch {
          query = null;
        }
        message.respond(envelopeBytes(await answer(query)));
      } catch (error) {
        onError(error);
      }
    }
  })();
  return {
    async stop() {
      subscription.unsubscribe();
      await done;
    },
  };
}

/** Sends a signed query to `node` and waits for its signed answer, as received. */
export async function askOver(
  nc: NatsConnection,
  names: BrokerNames,
  node: string,
  query: Envelope,
  timeoutMs: number,
): Promise<unknown> {
  try {
    const reply = await nc.request(questionSubject(names, node), envelopeBytes(query), {
      timeout: timeoutMs,
    });
    return JSON.parse(new TextDecoder().decode(reply.data)) as unknown;
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    if (code === '503' || code === 'TIMEOUT')
      throw new VetaError(
        'NODE_UNAVAILABLE',
        `${node}'s node ${code === '503' ? 'is not answering questions on the broker now' : `did not answer within ${String(timeoutMs / 1000)} s`}. Ask again when it serves with "veta serve --transport URL --agreement FILE", or through the agreement's own channel.`,
        { cause: error },
      );
    throw error;
  }
}
