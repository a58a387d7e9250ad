import { isIP } from 'node:net';
import { VetaError } from '../core/veta-error.js';

/**
 * Which proxies' forwarding headers (X-Forwarded-For, -Proto, -Host) are believed: none (false),
 * the nearest `n` hops when the nearest is this machine, or the proxies at these addresses and CIDR
 * ranges.
 */
export type TrustProxy = false | number | readonly string[];

/** Nobody's forwarding headers are believed unless the operator names the proxy. */
export const DEFAULT_TRUST_PROXY: TrustProxy = false;

const CIDR = /^(.+)\/(\d{1,3})$/;

/**
 * The setting from its command-line form: a hop count ("1"), or addresses and CIDR ranges separated
 * by commas ("10.0.0.1,192.168.0.0/16"); a usage error that shows both forms otherwise.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops === 0 ? false : hops;
  }
  const items = text.split(',').map((item) => item.trim());
  const wrong = items.filter((item) => !isAddressOrRange(item));
  if (items.length === 0 || wrong.length > 0) {
    throw new VetaError(
      'USAGE',
      `--trust-proxy "${wrong.join(',') || value}" is neither a hop count nor addresses: give the number of proxies in front of Veta (e.g. 1), or their addresses or CIDR ranges separated by commas (e.g. 10.0.0.5,fd00::/8).`,
    );
  }
  return items;
}

/**
 * Refuses a hop count unless the server listens on a loopback address: only then is whoever connects
 * a proxy on this machine, and not any client pretending to be one.
 */
export function checkTrustProxyHost(setting: TrustProxy, host: string): void {
  if (typeof setting !== 'number' || isLoopback(host)) return;
  throw new VetaError(
    'USAGE',
    `--trust-proxy ${String(setting)} (a number of proxies) is only safe when Veta listens on this machine alone (--host 127.0.0.1), since anyone who reaches ${host} could claim to be the proxy: give the proxies' addresses or CIDR ranges instead (e.g. --trust-proxy 10.0.0.5).`,
  );
}

/**
 * Fastify's form of the setting, which takes a hop count only as a function: the nearest `hops`
 * addresses, the first of them (the socket's peer) only when it is this machine.
 */
export function fastifyTrustProxy(
  setting: TrustProxy,
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (address, hop) => hop < setting && (hop > 0 || isLoopback(address));
  return typeof setting === 'object' ? [...setting] : setting;
}

/** Whether an address or host name is this machine's loopback (127.0.0.0/8, ::1, localhost). */
function isLoopback(host: string): boolean {
  const address = host.replace(/^\[(.*)\]$/, '$1').replace(/^::ffff:/i, '');
  return address === 'localhost' || address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

function isAddressOrRange(item: string): boolean {
  const range = CIDR.exec(item);
  const address = range?.[1] ?? item;
  const family = isIP(address);
  if (family === 0) return false;
  if (range === null) return true;
  return Number(range[2]) <= (family === 4 ? 32 : 128);
}
