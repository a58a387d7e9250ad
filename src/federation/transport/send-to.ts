import { type Envelope } from '../envelope.js';
import { openBundle } from './bundle-transport.js';
import { connectBroker, DEFAULT_BROKER_NAMES, type BrokerNames } from './nats-broker.js';
import { openPublisher } from './nats-transport.js';

/** Where a share's envelopes go: a bundle folder, or the broker. */
export type Destination = { out: string } | { transport: string; names?: BrokerNames | undefined };

/** A sink for envelopes, and a sentence for the user on where they went. */
export interface Sender {
  send(envelope: Envelope): Promise<void>;
  describe(): string;
  close(): Promise<void>;
}

export async function sendTo(destination: Destination): Promise<Sender> {
  if ('out' in destination) {
    const bundle = await openBundle(destination.out);
    let written = 0;
    return {
      send: async (envelope) => {
        await bundle.write(envelope);
        written += 1;
      },
      describe: () => `written to ${destination.out} (${String(written)} files)`,
      close: () => Promise.resolve(),
    };
  }
  const nc = await connectBroker(destination.transport);
  let publisher: Awaited<ReturnType<typeof openPublisher>> | undefined;
  return {
    send: async (envelope) => {
      publisher ??= await openPublisher(nc, destination.names ?? DEFAULT_BROKER_NAMES, envelope.from);
      await publisher.publish(envelope);
    },
    describe: () =>
      `published on ${destination.transport} (${String(publisher?.counts.published ?? 0)} new, ${String(publisher?.counts.duplicates ?? 0)} already there)`,
    close: () => nc.close(),
  };
}
