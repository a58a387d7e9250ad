import { AckPolicy, DeliverPolicy, type JsMsg, type NatsConnection } from 'nats';
import { envelopeBytes, type Envelope } from '../envelope.js';
import { consumerName, streamName, subjectOf, type BrokerNames } from './nats-broker.js';
import type { DeliveryOutcome, ReceiveReport } from './delivery.js';

/** What publishing did: envelopes stored, and those the broker already held (a retried publish). */
export interface PublishCounts {
  published: number;
  duplicates: number;
}

/**
 * A publisher on the sender's stream, created on first use. Each envelope carries its id as the
 * JetStream message id, so a publish retried after a lost acknowledgement is stored once.
 */
export async function openPublisher(
  nc: NatsConnection,
  names: BrokerNames,
  from: string,
): Promise<{ publish(envelope: Envelope): Promise<void>; counts: PublishCounts }> {
  await ensureStream(nc, names, from);
  const js = nc.jetstream();
  const counts: PublishCounts = { published: 0, duplicates: 0 };
  return {
    counts,
    async publish(envelope: Envelope): Promise<void> {
      const ack = await js.publish(
        subjectOf(names, envelope.from, envelope.to, envelope.kind),
        envelopeBytes(envelope),
        {
          msgID: envelope.id,
        },
      );
      if (ack.duplicate) counts.duplicates += 1;
      else counts.published += 1;
    },
  };
}

/** Publishes envelopes of one sender (see openPublisher). */
export async function publishEnvelopes(
  nc: NatsConnection,
  names: BrokerNames,
  envelopes: readonly Envelope[],
): Promise<PublishCounts> {
  const first = envelopes[0];
  if (first === undefined) return { published: 0, duplicates: 0 };
  const publisher = await openPublisher(nc, names, first.from);
  for (const envelope of envelopes) await publisher.publish(envelope);
  return publisher.counts;
}

/**
 * Receives what `from` addressed to `self` since this receiver last acknowledged, until nothing is
 * pending. `deliver` applies one envelope and commits; only then is the message acknowledged, so a
 * receiver that stops mid-apply gets the message again (after `ackWaitMs`) and, the id being
 * recorded with the content, never applies it twice. A refused envelope is acknowledged too: it
 * will never become acceptable, and its refusal is in the report.
 */
export async function receiveEnvelopes(
  nc: NatsConnection,
  names: BrokerNames,
  route: { from: string; self: string },
  deliver: (value: unknown, origin: string) => Promise<DeliveryOutcome>,
  options: {
    batch?: number;
    ackWaitMs?: number;
    /** How long an envelope of a key not trusted yet waits before it is offered again. */
    retryMs?: number;
    onProgress?: (report: ReceiveReport) => void;
  } = {},
): Promise<ReceiveReport> {
  const stream = streamName(names, route.from);
  const durable = consumerName(names, route.from, route.self);
  const jsm = await nc.jetstreamManager();
  await ensureStream(nc, names, route.from);
  await jsm.consumers.add(stream, {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: subjectOf(names, route.from, route.self, '>'),
    ack_wait: (options.ackWaitMs ?? 30_000) * 1_000_000,
  });
  const consumer = await nc.jetstream().consumers.get(stream, durable);
  const report: ReceiveReport = { applied: 0, refused: [] };
  const seen = new Set<number>();
  const retryMs = options.retryMs ?? UNTRUSTED_RETRY_MS;
  for (;;) {
    // Waiting: never delivered, or delivered and not acknowledged (a key not trusted yet).
    const info = await consumer.info();
    const waiting = info.num_pending + info.num_ack_pending;
    if (waiting === 0) break;
    // Asking for no more than waits: a fetch waits out its expiry for messages that never come.
    const messages = await consumer.fetch({
      max_messages: Math.min(options.batch ?? 100, waiting),
      expires: 2000,
    });
    let fresh = 0;
    for await (const message of messages) {
      // Offered twice in one receive: it waits for a later one, when a trust may have been added.
      if (seen.has(message.seq)) {
        message.nak(retryMs);
        continue;
      }
      seen.add(message.seq);
      fresh += 1;
      await handle(message, deliver, report, retryMs);
      options.onProgress?.(report);
    }
    // All that waits is waiting out its delay: this receive has done what it can.
    if (fresh === 0) break;
  }
  return report;
}

async function handle(
  message: JsMsg,
  deliver: (value: unknown, origin: string) => Promise<DeliveryOutcome>,
  report: ReceiveReport,
  retryMs: number,
): Promise<void> {
  const origin = `${message.subject} #${String(message.seq)}`;
  let value: unknown;
  try {
    value = JSON.parse(message.string());
  } catch {
    report.refused.push({ origin, reason: 'malformed', message: `Message ${origin} is not JSON.` });
    await message.ackAck();
    return;
  }
  let outcome: DeliveryOutcome;
  try {
    outcome = await deliver(value, origin);
  } catch (error) {
    // Not the envelope's fault (the database went away): offered again later.
    message.nak();
    throw error;
  }
  if (outcome.status === 'applied') report.applied += 1;
  else report.refused.push({ origin, reason: outcome.reason, message: outcome.message });
  // A key not trusted yet may be trusted tomorrow (a peer rotating its key, a trust not yet
  // registered): the message waits on the broker for a later receive. Every other refusal is final.
  if (outcome.status === 'refused' && outcome.retryable) message.nak(retryMs);
  else await message.ackAck();
}

/** How long an envelope of a key not trusted yet waits before the broker offers it again. */
const UNTRUSTED_RETRY_MS = 30_000;

async function ensureStream(nc: NatsConnection, names: BrokerNames, from: string): Promise<void> {
  const jsm = await nc.jetstreamManager();
  const name = streamName(names, from);
  try {
    await jsm.streams.info(name);
  } catch {
    await jsm.streams.add({ name, subjects: [`${names.prefix}.${from}.>`] });
  }
}
