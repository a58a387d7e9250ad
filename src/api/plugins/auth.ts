import type { FastifyInstance, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import type { Actor } from '../../access/actor.js';
import { ActorCache } from '../actor-cache.js';
import { sha256Hex, TOKEN_PREFIX } from '../../access/secrets.js';
import { actorOf } from '../../access/user-actor.js';
import { VetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';
import { userRepository } from '../../store/users/user-repository.js';
import { SESSION_IDLE_SECONDS, sessionCookieOf } from '../session-cookie.js';
import { registerSecurityHeaders } from './security-headers.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Where a request can change who may sign in as what: users, sessions and tokens. */
const CREDENTIAL_ROUTES = /^\/api\/(auth|users)(\/|$)/;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication for every route: security headers, cookies, rate limiting (used by sign-in), and an
 * onRequest hook that sets `request.actor` from the session cookie or a bearer token. A disabled
 * user, an expired or idle session, a revoked or unknown token: all leave the actor null.
 */
export async function registerAuth(app: FastifyInstance, actorCacheMs: number): Promise<void> {
  const actors = new ActorCache(actorCacheMs);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    // Only the API needs to know who asks; the web app's files are public.
    if (!request.url.startsWith('/api/')) return;
    request.actor = await actorOfRequest(app.db, request, actors);
  });
  // After the handler has committed and before the answer leaves: the caller's next request, and
  // everyone else's, already sees the change. A refused request changed nothing (its transaction
  // rolled back), and must not let anyone empty the cache at will.
  app.addHook('onSend', (request, reply, payload, done) => {
    const changed = !READS.has(request.method) && reply.statusCode < 400;
    if (changed && CREDENTIAL_ROUTES.test(request.routeOptions.url ?? '')) actors.clear();
    done(null, payload);
  });
  // Before the body is read, so an anonymous caller's body is never parsed and they learn nothing
  // about a route's inputs: every route the OpenAPI document publishes is closed unless its schema
  // says `security: []`. Unpublished ones (the docs, the document itself, the not-found answer)
  // hold no data.
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (request.actor !== null || !isClosed(request)) {
      done(null, payload);
      return;
    }
    done(new VetaError('UNAUTHENTICATED', 'Sign in, or send an API token, to use this part of Veta.'));
  });
}

/** Whether a route needs a signed-in caller: every published API route but those marked public. */
function isClosed(request: FastifyRequest): boolean {
  const schema = request.routeOptions.schema;
  if (!request.url.startsWith('/api/') || request.routeOptions.url === undefined) return false;
  if (schema === undefined || schema.hide === true) return false;
  return schema.security === undefined || schema.security.length > 0;
}

/** The actor a request authenticates as: a bearer token when one is sent, else the session cookie. */
async function actorOfRequest(
  db: Database,
  request: FastifyRequest,
  actors: ActorCache,
): Promise<Actor | null> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const token = BEARER.exec(header)?.[1];
    if (token === undefined || !token.startsWith(TOKEN_PREFIX)) return null;
    const sha256 = sha256Hex(token);
    return actors.get(`token:${sha256}`, async () => {
      const user = await userRepository.userOfToken(db, sha256);
      return user ? actorOf(user, 'token') : null;
    });
  }
  const session = sessionCookieOf(request);
  if (session === undefined) return null;
  const sha256 = sha256Hex(session);
  return actors.get(`session:${sha256}`, async () => {
    const user = await userRepository.userOfSession(db, sha256, SESSION_IDLE_SECONDS);
    return user ? actorOf(user, 'session') : null;
  });
}
