import type { FastifyReply, FastifyRequest } from 'fastify';

/** The name of the browser session cookie. */
export const SESSION_COOKIE = 'veta_session';

/** A session ends this long after sign-in, however active. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

/** A session ends when unused this long. */
export const SESSION_IDLE_SECONDS = 2 * 60 * 60;

/**
 * Sets the session cookie: unreadable by scripts (HttpOnly), never sent by other sites'
 * requests (SameSite=Strict, which is also the CSRF defence), and Secure when served over HTTPS.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string): void {
  void reply.setCookie(SESSION_COOKIE, value, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
    maxAge: SESSION_LIFETIME_SECONDS,
  });
}

/** Tells the browser to forget the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: request.protocol === 'https',
  });
}

/** The session cookie's value on the request, if any. */
export function sessionCookieOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return value === undefined || value === '' ? undefined : value;
}
