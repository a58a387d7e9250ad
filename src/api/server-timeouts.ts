import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import { VetaError } from '../core/veta-error.js';

/** How long the server waits for each part of a request before it closes the connection. */
export interface ServerTimeouts {
  /** From connecting to the end of the headers: a client trickling headers is cut off here. */
  readonly headersMs: number;
  /** From the end of the headers to the end of a body that is not a file upload (JSON, forms). */
  readonly bodyMs: number;
  /** The whole request, a file upload included: the ceiling for the slowest acceptable upload. */
  readonly requestMs: number;
  /** How long an idle kept-alive connection stays open between requests. */
  readonly keepAliveMs: number;
}

/**
 * Ten seconds for headers, fifteen for a JSON body of at most 1 MB, fifteen minutes for a whole
 * request (a 512 MB upload at 5 Mbit/s), five seconds of idle keep-alive (browsers reconnect at once).
 */
export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  headersMs: 10_000,
  bodyMs: 15_000,
  requestMs: 15 * 60_000,
  keepAliveMs: 5_000,
};

/** The Fastify and Node server options that enforce the timeouts on headers, whole requests and keep-alive. */
export function serverTimeoutOptions(timeouts: ServerTimeouts): Pick<
  FastifyServerOptions,
  'requestTimeout' | 'keepAliveTimeout'
> & {
  http: { headersTimeout: number; connectionsCheckingInterval: number };
} {
  // Node enforces the header and request limits only when it checks its connections: often enough
  // that a limit holds to within a quarter of itself (and a second at most).
  const shortest = Math.min(timeouts.headersMs, timeouts.requestMs);
  const checkEvery = Math.min(1000, Math.max(10, Math.floor(shortest / 4)));
  return {
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
      connectionsCheckingInterval: checkEvery,
    },
  };
}

/**
 * Closes the connection of a request whose body has not arrived within `bodyMs` of its headers: a
 * sign-in sent a byte at a time must not hold a connection open for minutes. File uploads are
 * streamed by their route under the whole-request limit instead, since a large file takes a while.
 */
export function registerBodyTimeout(app: FastifyInstance, bodyMs: number): void {
  app.addHook('preParsing', (request, reply, payload, done) => {
    const upload = request.headers['content-type']?.startsWith('multipart/') === true;
    if (upload || !hasBody(request) || request.raw.complete) {
      done(null, payload);
      return;
    }
    const timer = setTimeout(() => {
      request.log.warn({ url: request.url }, 'request body too slow: connection closed');
      request.raw.destroy();
    }, bodyMs);
    const stop = () => clearTimeout(timer);
    payload.once('end', stop);
    payload.once('close', stop);
    payload.once('error', stop);
    // Whatever became of the body, once the answer is out the timer must not outlive the request.
    reply.raw.once('finish', stop);
    reply.raw.once('close', stop);
    done(null, payload);
  });
}

/** Whether the request announces a body: a length above zero, or chunks to come. */
function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

const TIMEOUT_NAMES: Record<string, keyof ServerTimeouts> = {
  headers: 'headersMs',
  body: 'bodyMs',
  request: 'requestMs',
  'keep-alive': 'keepAliveMs',
};

/** Timeouts from their command-line form, seconds by name: "headers=10,body=15,request=900,keep-alive=5". */
export function parseTimeouts(value: string): Partial<ServerTimeouts> {
  const timeouts: Partial<Record<keyof ServerTimeouts, number>> = {};
  for (const item of value.split(',')) {
    const [name = '', seconds = ''] = item.split('=').map((part) => part.trim());
    const key = TIMEOUT_NAMES[name];
    const number = Number(seconds);
    if (key === undefined || seconds === '' || !Number.isFinite(number) || number <= 0) {
      throw new VetaError(
        'USAGE',
        `--timeouts "${item}" is not a timeout: give seconds by name, e.g. headers=10,body=15,request=900,keep-alive=5.`,
      );
    }
    timeouts[key] = Math.round(number * 1000);
  }
  return timeouts;
}
