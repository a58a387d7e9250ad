import assert from 'node:assert/strict';
import { it } from 'node:test';
import { newSessionSecret } from '../../access/secrets.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { userRepository } from '../../store/users/user-repository.js';
import { buildApp, type VetaApp } from '../app.js';
import { parseAllowedOrigins } from './origin-check.js';
import { multipartFile } from '../testing/multipart.js';
import { SAME_ORIGIN } from '../testing/same-origin.js';
import { createSignedInUser } from '../testing/signed-in.js';

/** A browser session for a new analyst: the cookie a browser would add to any request on its own. */
async function browserSession(db: Database): Promise<{ cookie: string; bearer: { authorization: string } }> {
  const { user, headers } = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
  const session = newSessionSecret();
  const expiresAt = new Date(Date.now() + 3_600_000);
  await userRepository.createSession(db, { sha256: session.sha256, userId: user.id, expiresAt });
  return { cookie: `veta_session=${session.value}`, bearer: headers };
}

function createToken(app: VetaApp, headers: Record<string, string>) {
  return app.inject({ method: 'POST', url: '/api/auth/tokens', headers, payload: { name: 'csrf?' } });
}

describeEachEngine('cross-site request forgery', (engine) => {
  it('refuses a change sent with the session cookie from another site, or from nowhere named', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const { cookie } = await browserSession(db);
    const attempts: Record<string, string>[] = [
      { cookie, origin: 'https://evil.example' },
      { cookie, origin: 'null' },
      { cookie, referer: 'https://evil.example/page' },
      { cookie },
    ];
    for (const headers of attempts) {
      const response = await createToken(app, headers);
      assert.equal(response.statusCode, 403, JSON.stringify(headers));
      assert.equal(response.json<{ code: string }>().code, 'FORBIDDEN');
    }
    const tokens = await db.query('SELECT id FROM api_token WHERE name = $1', ['csrf?']);
    assert.equal(tokens.length, 0, 'nothing was changed');

    assert.equal((await createToken(app, { cookie, ...SAME_ORIGIN })).statusCode, 201);
    assert.equal((await createToken(app, { cookie, referer: 'http://localhost/settings' })).statusCode, 201);
    const read = await app.inject({ method: 'GET', url: '/api/auth/tokens', headers: { cookie } });
    assert.equal(read.statusCode, 200, 'reads need no origin');
    await app.close();
  });

  it('refuses a cross-site change before its body is read, as it refuses an anonymous one', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const { cookie } = await browserSession(db);
    // A body that cannot be parsed answers 400 only once it is read: these must never get that far.
    const unreadable = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/tokens',
        headers: { ...headers, 'content-type': 'application/json' },
        payload: '{"name": ',
      });
    assert.equal((await unreadable({ cookie, origin: 'https://evil.example' })).statusCode, 403);
    assert.equal((await unreadable({ origin: 'https://evil.example' })).statusCode, 401);
    assert.equal((await unreadable({ cookie, ...SAME_ORIGIN })).statusCode, 400, 'read when it may be');
    await app.close();
  });

  it('checks sign-in and the multipart upload too, and lets bearer tokens through', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const { cookie, bearer } = await browserSession(db);
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'someone', password: 'a password' },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(login.statusCode, 403, 'no signing a victim in to an account of the attacker’s');

    const file = multipartFile('PE-COMPRAS.csv', 'RUC;NOMBRE\n');
    const upload = await app.inject({
      method: 'POST',
      url: '/api/uploads',
      payload: file.payload,
      headers: { ...file.headers, cookie, origin: 'https://evil.example' },
    });
    assert.equal(upload.statusCode, 403);

    assert.equal((await createToken(app, bearer)).statusCode, 201, 'a script with a token sends no Origin');
    await app.close();
  });

  it('accepts the allowed origins, and its own origin as a trusted proxy reports it', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db, allowedOrigins: ['https://veta.example.gob'], trustProxy: 1 });
    const { cookie } = await browserSession(db);
    assert.equal((await createToken(app, { cookie, origin: 'https://veta.example.gob' })).statusCode, 201);
    const proxied = {
      cookie,
      origin: 'https://veta.internal',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'veta.internal',
    };
    assert.equal((await createToken(app, proxied)).statusCode, 201);
    assert.equal((await createToken(app, { cookie, origin: 'https://evil.example' })).statusCode, 403);
    await app.close();
  });

  it('reads the allowed origins from their command-line form', () => {
    assert.deepEqual(parseAllowedOrigins('https://veta.example.gob, http://10.0.0.5:8080/'), [
      'https://veta.example.gob',
      'http://10.0.0.5:8080',
    ]);
    assert.throws(() => parseAllowedOrigins('veta.example.gob'), /is not a list of origins/);
  });
});
