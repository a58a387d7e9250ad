import type { FastifyInstance, FastifyRequest } from 'fastify';
import { VetaError } from '../../core/veta-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery defence beyond SameSite cookies: every state-changing API request that
 * does not carry a bearer token (so a browser may have added the session cookie on its own) must
 * come from Veta's own origin, or one of `allowedOrigins`, as its Origin header says (its Referer
 * when a browser sends no Origin). A request that names neither is refused. It runs after the
 * sign-in check and before the body is read (preParsing), so a cross-site body is never parsed; the
 * multipart upload is checked like every other route.
 */
export function registerOriginCheck(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins.map(originOf));
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (!needsCheck(request)) {
      done(null, payload);
      return;
    }
    const from = senderOf(request);
    if (from !== null && (from === ownOrigin(request) || allowed.has(from))) {
      done(null, payload);
      return;
    }
    done(
      new VetaError(
        'FORBIDDEN',
        from === null
          ? 'This change names no origin (no Origin or Referer header), so it may come from another site: make it from the Veta web application, or send an API token.'
          : `This change comes from another site (${from}), so it was refused: make it from the Veta web application. Behind a proxy, the operator starts Veta with --trust-proxy or --allowed-origins.`,
      ),
    );
  });
}

/** A state-changing API request that a browser could have sent with the session cookie. */
function needsCheck(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method) || !request.url.startsWith('/api/')) return false;
  return request.headers.authorization === undefined;
}

/** The origin the request says it was sent from: its Origin, else its Referer's; null when neither. */
function senderOf(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') return originOf(origin);
  const referer = request.headers.referer;
  return referer === undefined ? null : originOf(referer);
}

/** This server as the browser addressed it (through a trusted proxy: as the proxy says). */
function ownOrigin(request: FastifyRequest): string | null {
  return originOf(`${request.protocol}://${request.host}`);
}

/** The scheme, host and port of a URL, normalised (default ports dropped); null for a malformed one. */
function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/** The allowed origins from their command-line form, "https://a.example,https://b.example". */
export function parseAllowedOrigins(value: string): string[] {
  const items = value.split(',').map((item) => item.trim());
  const wrong = items.filter((item) => originOf(item) === null || !/^https?:\/\//.test(item));
  if (wrong.length > 0 || items.length === 0) {
    throw new VetaError(
      'USAGE',
      `--allowed-origins "${wrong.join(',') || value}" is not a list of origins: give each as scheme and host, e.g. https://veta.example.gob, separated by commas.`,
    );
  }
  return items.map((item) => originOf(item) ?? item);
}
