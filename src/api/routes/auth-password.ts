import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { changeOwnPassword } from '../../access/own-password.js';
import { newSessionSecret } from '../../access/secrets.js';
import { isVetaError, VetaError } from '../../core/veta-error.js';
import { userRepository } from '../../store/users/user-repository.js';
import { presentUser, UserSchema } from '../presenters/user.js';
import { requireActor } from '../request-actor.js';
import { SESSION_LIFETIME_SECONDS, setSessionCookie } from '../session-cookie.js';
import { FAILED_SIGN_INS_ALLOWED, SIGN_IN_WINDOW_MS } from './auth.js';
import { errorResponses, SIGNED_IN, WITH_BODY } from '../schemas/error-responses.js';

const PasswordChange = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 1024 }),
  newPassword: Type.String({ minLength: 1, maxLength: 1024 }),
});

/**
 * POST /auth/password: the caller changes their own password. Every session and API token they had
 * ends; a browser gets a fresh session at once, so only the other devices are signed out.
 */
export const authPasswordRoutes: FastifyPluginAsyncTypebox = (app) => {
  // Someone holding a stolen session must not be able to guess the password through this route.
  const failures = app.createRateLimit({
    max: FAILED_SIGN_INS_ALLOWED,
    timeWindow: SIGN_IN_WINDOW_MS,
    keyGenerator: (request) => `password-failures:${request.actor?.userId ?? ''}`,
  });

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own password; ends every session and revokes every API token you had',
        body: PasswordChange,
        response: { 200: UserSchema, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 429) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const before = await failures(request, { increment: false });
      if (!before.isAllowed && before.remaining === 0) {
        throw new VetaError(
          'RATE_LIMITED',
          `Too many wrong current passwords. Wait ${String(Math.max(before.ttlInSeconds, 1))} seconds and try again.`,
        );
      }
      const passwords = { current: request.body.currentPassword, next: request.body.newPassword };
      const user = await changeOwnPassword(app.db, actor.userId, passwords, { ip: request.ip }).catch(
        async (error: unknown) => {
          if (isVetaError(error) && error.code === 'FORBIDDEN') await failures(request);
          throw error;
        },
      );
      if (actor.via === 'session') {
        const session = newSessionSecret();
        const expiresAt = new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000);
        await userRepository.createSession(app.db, { sha256: session.sha256, userId: user.id, expiresAt });
        setSessionCookie(request, reply, session.value);
      }
      return presentUser(user);
    },
  );
  return Promise.resolve();
};
