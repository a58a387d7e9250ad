import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { newSessionSecret, sha256Hex } from '../../access/secrets.js';
import { checkSignIn } from '../../access/sign-in.js';
import { VetaError } from '../../core/veta-error.js';
import { userRepository } from '../../store/users/user-repository.js';
import { countriesOfScope, countriesOfUser } from '../../audit/audit-countries.js';
import { audit } from '../audit-request.js';
import { MeSchema, presentMe, presentUser, UserSchema } from '../presenters/user.js';
import { requireActor } from '../request-actor.js';
import {
  clearSessionCookie,
  sessionCookieOf,
  SESSION_LIFETIME_SECONDS,
  setSessionCookie,
} from '../session-cookie.js';
import { errorResponses, SIGNED_IN, WITH_BODY, PUBLIC } from '../schemas/error-responses.js';

/** Failed sign-ins allowed per client address and username in one window, before a pause. */
export const FAILED_SIGN_INS_ALLOWED = 5;
/** The window in which failed attempts are counted. */
export const SIGN_IN_WINDOW_MS = 60_000;
/** All sign-in attempts allowed per client address per window, successful or not. */
const ATTEMPTS_PER_ADDRESS = 30;

const Credentials = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});

/** POST /auth/login, POST /auth/logout, GET /auth/me: browser sessions. */
export const authRoutes: FastifyPluginAsyncTypebox = (app) => {
  const failures = app.createRateLimit({
    max: FAILED_SIGN_INS_ALLOWED,
    timeWindow: SIGN_IN_WINDOW_MS,
    keyGenerator: (request) => `sign-in-failures:${request.ip}:${usernameOf(request)}`,
  });

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with username and password; sets the veta_session cookie',
        security: [],
        body: Credentials,
        response: { 200: UserSchema, ...errorResponses(...PUBLIC, ...WITH_BODY, 401, 403, 429) },
      },
      config: {
        rateLimit: {
          max: ATTEMPTS_PER_ADDRESS,
          timeWindow: SIGN_IN_WINDOW_MS,
          errorResponseBuilder: (_request, context) =>
            tooMany('sign-in attempts from this address', Math.ceil(context.ttl / 1000)),
        },
      },
    },
    async (request, reply) => {
      const before = await failures(request, { increment: false });
      if (!before.isAllowed && before.remaining === 0)
        throw tooMany('failed sign-in attempts for this username', before.ttlInSeconds);

      const { username, password } = request.body;
      const outcome = await checkSignIn(app.db, username, password);
      if (outcome.status !== 'signed-in') {
        await failures(request);
        const who = outcome.status === 'disabled' ? outcome.user : null;
        // The account tried, if it exists, so its country's administrators see attempts on it.
        const tried = who ?? (await userRepository.byUsername(app.db, username));
        await audit(
          request,
          {
            action: 'auth.login_failed',
            subjectKind: 'user',
            subjectId: who?.id ?? null,
            countries: tried === null ? [] : countriesOfUser(tried),
            details: { username, reason: outcome.status },
          },
          { as: { id: who?.id ?? null, username: who?.username ?? username } },
        );
        throw new VetaError(
          'UNAUTHENTICATED',
          outcome.status === 'disabled'
            ? 'This account is disabled. Ask an administrator to enable it.'
            : 'The username or password is wrong.',
        );
      }

      const { user } = outcome;
      // A fresh session at every sign-in, and the one the browser held before ends: no fixation.
      const previous = sessionCookieOf(request);
      if (previous !== undefined) await userRepository.deleteSession(app.db, sha256Hex(previous));
      const session = newSessionSecret();
      const expiresAt = new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000);
      await userRepository.createSession(app.db, { sha256: session.sha256, userId: user.id, expiresAt });
      await audit(
        request,
        {
          action: 'auth.login',
          subjectKind: 'user',
          subjectId: user.id,
          countries: countriesOfUser(user),
        },
        { as: { id: user.id, username: user.username } },
      );
      setSessionCookie(request, reply, session.value);
      return presentUser(user);
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears its cookie',
        response: { 204: Type.Null(), ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request, reply) => {
      const cookie = sessionCookieOf(request);
      if (cookie !== undefined) await userRepository.deleteSession(app.db, sha256Hex(cookie));
      if (request.actor !== null && request.actor.via === 'session') {
        await audit(request, {
          action: 'auth.logout',
          subjectKind: 'user',
          subjectId: request.actor.userId,
          countries: countriesOfScope(request.actor.scope.countries),
        });
      }
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their role, scope and permissions',
        response: { 200: MeSchema, ...errorResponses(400, 401, 500) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const user = await userRepository.byId(app.db, actor.userId);
      if (user === null)
        throw new VetaError('UNAUTHENTICATED', 'Sign in again: your account no longer exists.');
      return presentMe(user, actor.role);
    },
  );
  return Promise.resolve();
};

function tooMany(what: string, seconds: number): VetaError {
  return new VetaError(
    'RATE_LIMITED',
    `Too many ${what}. Wait ${String(Math.max(seconds, 1))} seconds and try again.`,
  );
}

// The key is built before the body is validated, so read the username defensively, ignoring case.
function usernameOf(request: FastifyRequest): string {
  const body = request.body;
  if (typeof body !== 'object' || body === null || !('username' in body)) return '';
  return typeof body.username === 'string' ? body.username.toLowerCase() : '';
}
