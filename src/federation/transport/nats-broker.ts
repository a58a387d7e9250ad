import { connect, type NatsConnection } from 'nats';
import { VetaError } from '../../core/veta-error.js';

/** Where the federation's broker listens unless told otherwise. */
export const DEFAULT_BROKER_URL = 'nats://127.0.0.1:4222';

/**
 * Connects to the NATS server, or says why not in a sentence that offers the way around: bundle
 * files carry the same envelopes where the broker cannot be reached.
 */
export async function connectBroker(url: string = DEFAULT_BROKER_URL): Promise<NatsConnection> {
  try {
    return await connect({ servers: url, timeout: 5000, name: 'veta' });
  } catch (error) {
    throw new VetaError(
      'BROKER_UNREACHABLE',
      `The NATS server at ${url} cannot be reached (${error instanceof Error ? error.message : String(error)}). Start it with "nats-server -js", point --transport at the right address, or exchange bundle files instead ("veta share --out DIR", then "veta receive DIR").`,
      { cause: error },
    );
  }
}

/**
 * Names on the broker. Each sending node has one stream, `<PREFIX>_<NODE>`, holding its subjects
 * `<prefix>.<node>.<to>.<kind>`: a receiver's durable consumer on that stream filters what is
 * addressed to it and remembers how far it got, so either side may be offline for days.
 */
export interface BrokerNames {
  /** Lower-case letters and digits; tests use their own so runs never share a stream. */
  prefix: string;
}

export const DEFAULT_BROKER_NAMES: BrokerNames = { prefix: 'veta' };

/**
 * The names a command uses: VETA_BROKER_PREFIX keeps several federations (a rehearsal beside the
 * real one, or test runs) apart on one broker.
 */
export function brokerNamesFrom(env: Readonly<Record<string, string | undefined>>): BrokerNames {
  const prefix = env.VETA_BROKER_PREFIX?.trim().toLowerCase();
  if (prefix === undefined || prefix === '') return DEFAULT_BROKER_NAMES;
  if (!/^[a-z][a-z0-9]*$/.test(prefix))
    throw new VetaError(
      'USAGE',
      `VETA_BROKER_PREFIX "${prefix}" must be letters and digits, starting with a letter.`,
    );
  return { prefix };
}

export function streamName(names: BrokerNames, from: string): string {
  return `${names.prefix}_${from}`.toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
}

export function subjectOf(names: BrokerNames, from: string, to: string, kind: string): string {
  return `${names.prefix}.${from}.${to}.${kind}`;
}

export function consumerName(names: BrokerNames, from: string, self: string): string {
  return `${streamName(names, self)}_FROM_${from}`.replace(/[^A-Za-z0-9_-]/g, '_');
}
