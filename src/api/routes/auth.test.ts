import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hashPassword } from '../../access/passwords.js';
import { sha256Hex } from '../../access/secrets.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { userRepository, type StoredUser } from '../../store/users/user-repository.js';
import { buildApp, type VetaApp } from '../app.js';
import { FAILED_SIGN_INS_ALLOWED } from './auth.js';
import { SAME_ORIGIN } from '../testing/same-origin.js';

const PASSWORD = 'oro-ilegal-2024!';
/** The TLS proxy in front of Veta, in the proxy tests. */
const PROXY = '10.0.0.1';

async function withUser(db: Database, username = 'Ana.Quispe'): Promise<StoredUser> {
  const user = await userRepository.create(db, {
    username,
    displayName: 'Ana Quispe',
    passwordHash: await hashPassword(PASSWORD),
    role: 'analyst',
    countries: ['PE'],
    agency: 'SUNAT',
  });
  assert.ok(user);
  return user;
}

function login(app: VetaApp, username: string, password: string, ip = '10.0.0.1') {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
    headers: SAME_ORIGIN,
  });
}

function sessionCookie(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  assert.ok(header, 'a Set-Cookie header');
  const value = /^veta_session=([^;]+)/.exec(header)?.[1];
  assert.ok(value, `a veta_session cookie in ${header}`);
  return value;
}

describeEachEngine('signing in and out', (engine) => {
  it('signs in with the right password, ignoring the username’s case, and sets a strict cookie', async () => {
    const db = await engine.openMigrated();
    const user = await withUser(db);
    const app = await buildApp({ db });

    const response = await login(app, 'ana.quispe', PASSWORD);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      id: user.id,
      username: 'Ana.Quispe',
      displayName: 'Ana Quispe',
      role: 'analyst',
      countries: ['PE'],
      agency: 'SUNAT',
    });
    const header = String(response.headers['set-cookie']);
    assert.match(header, /HttpOnly/);
    assert.match(header, /SameSite=Strict/);
    assert.match(header, /Path=\//);
    assert.doesNotMatch(header, /Secure/, 'plain HTTP: a Secure cookie would never come back');

    const cookie = sessionCookie(response.headers['set-cookie']);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { veta_session: cookie } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json<{ username: string }>().username, 'Ana.Quispe');
    // The web app offers what the role grants from this list, holding no table of its own.
    assert.deepEqual(me.json<{ permissions: string[] }>().permissions, [
      'read',
      'triage',
      'ingest',
      'request-reveal',
    ]);

    // Only the SHA-256 of the cookie is stored: the database alone signs no one in.
    const stored = await db.query<{ token_sha256: string }>('SELECT token_sha256 FROM user_session');
    assert.deepEqual(stored, [{ token_sha256: sha256Hex(cookie) }]);
    await app.close();
  });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const app = await buildApp({ db });
    app.addHook('onRequest', (request, _reply, done) => {
      Object.defineProperty(request, 'protocol', { value: 'https' });
      done();
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'Ana.Quispe', password: PASSWORD },
      headers: { origin: 'https://localhost:80' },
    });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['set-cookie']), /; Secure/);
    await app.close();
  });

  it('refuses a wrong password or an unknown user with the same answer', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const app = await buildApp({ db });
    for (const [username, password] of [
      ['Ana.Quispe', 'not-the-password'],
      ['nobody', PASSWORD],
    ] as const) {
      const response = await login(app, username, password);
      assert.equal(response.statusCode, 401);
      assert.deepEqual(response.json(), {
        code: 'UNAUTHENTICATED',
        message: 'The username or password is wrong.',
      });
      assert.equal(response.headers['set-cookie'], undefined);
    }
    const empty = await login(app, 'Ana.Quispe', '');
    assert.equal(empty.statusCode, 400);
    await app.close();
  });

  it('answers 401 to /me without a session, and to a forged or expired one', async () => {
    const db = await engine.openMigrated();
    const user = await withUser(db);
    // Sessions are aged in the database behind the server's back: without the actor cache, at once.
    const app = await buildApp({ db, actorCacheMs: 0 });
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode, 401);
    const forged = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { veta_session: 'guess' },
    });
    assert.equal(forged.statusCode, 401);

    await userRepository.createSession(db, {
      sha256: sha256Hex('expired-cookie'),
      userId: user.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    const expired = await app.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookies: { veta_session: 'expired-cookie' },
    });
    assert.equal(expired.statusCode, 401);

    await userRepository.createSession(db, {
      sha256: sha256Hex('idle-cookie'),
      userId: user.id,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const idle = () =>
      app.inject({ method: 'GET', url: '/api/auth/me', cookies: { veta_session: 'idle-cookie' } });
    assert.equal((await idle()).statusCode, 200);
    await db.query(`UPDATE user_session SET last_seen_at = now() - interval '3 hours'`);
    assert.equal((await idle()).statusCode, 401, 'a session unused for hours has ended');
    await app.close();
  });

  it('signs out: the session ends on the server and the cookie is cleared', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const app = await buildApp({ db });
    const cookie = sessionCookie((await login(app, 'Ana.Quispe', PASSWORD)).headers['set-cookie']);
    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { veta_session: cookie },
      headers: SAME_ORIGIN,
    });
    assert.equal(logout.statusCode, 204);
    assert.match(String(logout.headers['set-cookie']), /veta_session=;.*Expires=Thu, 01 Jan 1970/);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { veta_session: cookie } });
    assert.equal(me.statusCode, 401, 'a copied cookie is worthless after sign-out');
    await app.close();
  });

  it('refuses a disabled user at sign-in and ends their open sessions', async () => {
    const db = await engine.openMigrated();
    const user = await withUser(db);
    const app = await buildApp({ db });
    const cookie = sessionCookie((await login(app, 'Ana.Quispe', PASSWORD)).headers['set-cookie']);
    await userRepository.update(db, user.id, { disabled: true });

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', cookies: { veta_session: cookie } });
    assert.equal(me.statusCode, 401);
    const again = await login(app, 'Ana.Quispe', PASSWORD);
    assert.equal(again.statusCode, 401);
    assert.match(again.json<{ message: string }>().message, /disabled/);
    // A wrong password does not learn that the account exists and is disabled.
    const wrong = await login(app, 'Ana.Quispe', 'not-the-password');
    assert.equal(wrong.json<{ message: string }>().message, 'The username or password is wrong.');
    await app.close();
  });

  it('pauses sign-in after repeated failures for one address and username, and only those', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    await withUser(db, 'luis');
    const app = await buildApp({ db });
    for (let attempt = 0; attempt < FAILED_SIGN_INS_ALLOWED; attempt += 1) {
      assert.equal((await login(app, 'ana.quispe', 'wrong')).statusCode, 401);
    }
    const blocked = await login(app, 'Ana.Quispe', PASSWORD);
    assert.equal(blocked.statusCode, 429, 'even the right password waits');
    const body = blocked.json<{ code: string; message: string }>();
    assert.equal(body.code, 'RATE_LIMITED');
    assert.match(body.message, /^Too many failed sign-in attempts for this username\. Wait \d+ seconds/);

    assert.equal((await login(app, 'Ana.Quispe', PASSWORD, '10.0.0.2')).statusCode, 200, 'another address');
    assert.equal((await login(app, 'luis', PASSWORD)).statusCode, 200, 'another username');
    await app.close();
  });

  it('limits all sign-in attempts from one address, whatever the usernames', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    for (let attempt = 0; attempt < 30; attempt += 1) {
      assert.equal((await login(app, `guess-${String(attempt)}`, 'wrong', '10.0.0.9')).statusCode, 401);
    }
    const blocked = await login(app, 'guess-last', 'wrong', '10.0.0.9');
    assert.equal(blocked.statusCode, 429);
    assert.match(
      blocked.json<{ message: string }>().message,
      /^Too many sign-in attempts from this address\. Wait \d+ seconds and try again\.$/,
    );
    assert.ok(blocked.headers['retry-after'], 'browsers and scripts learn when to retry');
    assert.equal((await login(app, 'guess-last', 'wrong', '10.0.0.10')).statusCode, 401, 'another address');
    await app.close();
  });

  it('ends the session a browser held when it signs in again', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const app = await buildApp({ db });
    const first = sessionCookie((await login(app, 'Ana.Quispe', PASSWORD)).headers['set-cookie']);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'Ana.Quispe', password: PASSWORD },
      cookies: { veta_session: first },
      headers: SAME_ORIGIN,
    });
    const second = sessionCookie(again.headers['set-cookie']);
    assert.notEqual(second, first);
    const me = (cookie: string) =>
      app.inject({ method: 'GET', url: '/api/auth/me', cookies: { veta_session: cookie } });
    assert.equal((await me(first)).statusCode, 401);
    assert.equal((await me(second)).statusCode, 200);
    await app.close();
  });

  it('does not count successful sign-ins as failures', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const app = await buildApp({ db });
    for (let attempt = 0; attempt < FAILED_SIGN_INS_ALLOWED + 2; attempt += 1) {
      assert.equal((await login(app, 'Ana.Quispe', PASSWORD)).statusCode, 200);
    }
    await app.close();
  });

  it('behind a trusted proxy, limits each real client: one attacker cannot lock out the others', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const app = await buildApp({ db, trustProxy: [PROXY] });
    const viaProxy = (client: string, password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'Ana.Quispe', password },
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': client, ...SAME_ORIGIN },
      });
    let last = 0;
    for (let attempt = 0; attempt <= 30; attempt += 1)
      last = (await viaProxy('203.0.113.5', 'wrong')).statusCode;
    assert.equal(last, 429, 'the attacker is paused');
    assert.equal(
      (await viaProxy('198.51.100.7', PASSWORD)).statusCode,
      200,
      'Ana, at her own address, is not',
    );

    // Forwarding headers from anyone but the proxy name nobody: the socket's address is the key.
    for (let attempt = 0; attempt < FAILED_SIGN_INS_ALLOWED; attempt += 1) {
      const spoofed = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'Ana.Quispe', password: 'wrong' },
        remoteAddress: '10.0.0.66',
        headers: { 'x-forwarded-for': `192.0.2.${String(attempt)}`, ...SAME_ORIGIN },
      });
      assert.equal(spoofed.statusCode, 401);
    }
    assert.equal((await login(app, 'Ana.Quispe', PASSWORD, '10.0.0.66')).statusCode, 429);
    await app.close();
  });

  it('with a hop count, believes no forwarding header from a client that connects directly', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const app = await buildApp({ db, trustProxy: 1 });
    // A new forged address with every attempt must not buy a new allowance of attempts.
    for (let attempt = 0; attempt < FAILED_SIGN_INS_ALLOWED; attempt += 1) {
      const forged = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'Ana.Quispe', password: 'wrong' },
        remoteAddress: '203.0.113.9',
        headers: { 'x-forwarded-for': `192.0.2.${String(attempt)}`, ...SAME_ORIGIN },
      });
      assert.equal(forged.statusCode, 401);
    }
    assert.equal((await login(app, 'Ana.Quispe', PASSWORD, '203.0.113.9')).statusCode, 429);
    await app.close();
  });

  it('marks the session cookie Secure when a trusted proxy says the browser spoke HTTPS, never otherwise', async () => {
    const db = await engine.openMigrated();
    await withUser(db);
    const secureFrom = async (
      trustProxy: readonly string[] | undefined,
      remoteAddress: string,
      origin: string,
    ) => {
      const app = await buildApp({ db, ...(trustProxy ? { trustProxy } : {}) });
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'Ana.Quispe', password: PASSWORD },
        remoteAddress,
        headers: {
          host: 'veta.example',
          'x-forwarded-proto': 'https',
          'x-forwarded-for': '198.51.100.7',
          origin,
        },
      });
      await app.close();
      assert.equal(response.statusCode, 200);
      return /;\s*Secure/i.test(String(response.headers['set-cookie']));
    };
    assert.equal(await secureFrom([PROXY], PROXY, 'https://veta.example'), true, 'from the trusted proxy');
    assert.equal(await secureFrom([PROXY], '10.0.0.66', 'http://veta.example'), false, 'from anyone else');
    assert.equal(
      await secureFrom(undefined, PROXY, 'http://veta.example'),
      false,
      'when no proxy is trusted',
    );
  });
});
