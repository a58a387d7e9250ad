import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';
import { SAME_ORIGIN } from '../testing/same-origin.js';

describeEachEngine('changing your own password', (engine) => {
  it('needs the current password, then ends every other session and token, keeping this browser signed in', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db, actorCacheMs: 60_000 });
    const admin = await signedIn(app, db, { role: 'admin', countries: 'ALL' });
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username: 'marta', role: 'viewer', countries: ['PE'], password: 'the old passphrase' },
    });
    assert.equal(created.statusCode, 201);
    const signIn = async (password: string) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'marta', password },
        headers: SAME_ORIGIN,
      });
      const cookie = response.cookies.find((item) => item.name === 'veta_session');
      return { status: response.statusCode, headers: { cookie: `veta_session=${cookie?.value ?? ''}` } };
    };
    const laptop = await signIn('the old passphrase');
    const phone = await signIn('the old passphrase');
    const token = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: laptop.headers,
      payload: { name: 'script' },
    });
    const script = { authorization: `Bearer ${token.json<{ token: string }>().token}` };
    const me = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers });

    const change = (currentPassword: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: { ...laptop.headers, ...SAME_ORIGIN },
        payload: { currentPassword, newPassword: 'a new long passphrase' },
      });
    const wrong = await change('not my password');
    assert.equal(wrong.statusCode, 403);
    assert.match(wrong.json<{ message: string }>().message, /current password is wrong/);
    assert.equal((await me(phone.headers)).statusCode, 200, 'a wrong current password changes nothing');

    const changed = await change('the old passphrase');
    assert.equal(changed.statusCode, 200);
    const fresh = changed.cookies.find((item) => item.name === 'veta_session');
    assert.ok(fresh?.value, 'a fresh session for this browser');
    assert.equal((await me({ cookie: `veta_session=${fresh.value}` })).statusCode, 200);
    assert.equal((await me(laptop.headers)).statusCode, 401, 'the old session of this browser ended');
    assert.equal((await me(phone.headers)).statusCode, 401, 'the other session ended');
    assert.equal((await me(script)).statusCode, 401, 'the token was revoked');
    assert.equal((await signIn('the old passphrase')).status, 401);
    assert.equal((await signIn('a new long passphrase')).status, 200);
    await app.close();
  });
});
