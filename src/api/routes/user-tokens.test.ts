import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import { createSignedInUser, signedIn } from '../testing/signed-in.js';

interface TokenBody {
  id: string;
  name: string;
  revokedAt: string | null;
}

describeEachEngine("an administrator and a user's API tokens", (engine) => {
  it('lists and revokes one or all tokens of a user they manage; the tokens stop at once', async () => {
    const db = await engine.openMigrated();
    // A long actor cache: the revocation itself must end what the cache holds.
    const app = await buildApp({ db, actorCacheMs: 60_000 });
    const admin = await signedIn(app, db, { role: 'admin', countries: ['PE'] });
    const target = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
    const me = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers });
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: target.headers,
      payload: { name: 'nightly' },
    });
    const nightly = { authorization: `Bearer ${second.json<{ token: string }>().token}` };
    assert.equal((await me(nightly)).statusCode, 200);

    const list = await app.inject({
      method: 'GET',
      url: `/api/users/${target.user.id}/tokens`,
      headers: admin,
    });
    assert.equal(list.statusCode, 200);
    const items = list.json<{ items: TokenBody[]; total: number }>().items;
    assert.deepEqual(items.map((item) => item.name).sort(), ['nightly', 'test']);
    assert.doesNotMatch(list.body, /veta_/, 'never the tokens themselves');

    const nightlyId = items.find((item) => item.name === 'nightly')?.id ?? '';
    const one = await app.inject({
      method: 'DELETE',
      url: `/api/users/${target.user.id}/tokens/${nightlyId}`,
      headers: admin,
    });
    assert.equal(one.statusCode, 200);
    assert.ok(one.json<TokenBody>().revokedAt);
    assert.equal((await me(nightly)).statusCode, 401);
    assert.equal((await me(target.headers)).statusCode, 200, 'the other token still works');

    const all = await app.inject({
      method: 'DELETE',
      url: `/api/users/${target.user.id}/tokens`,
      headers: admin,
    });
    assert.equal(all.statusCode, 200);
    assert.deepEqual(
      all.json<{ items: TokenBody[] }>().items.map((item) => item.name),
      ['test'],
    );
    assert.equal((await me(target.headers)).statusCode, 401);

    const audit = await db.query<{ action: string }>(
      `SELECT action FROM audit_event WHERE action = 'user.tokens_revoked'`,
    );
    assert.equal(audit.length, 2);
    await app.close();
  });

  it('keeps a national administrator away from the tokens of users they do not manage', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const peru = await signedIn(app, db, { role: 'admin', countries: ['PE'] });
    const colombian = await createSignedInUser(db, { role: 'viewer', countries: ['CO'] });
    const analyst = await signedIn(app, db, { role: 'analyst', countries: 'ALL' });
    const url = `/api/users/${colombian.user.id}/tokens`;
    assert.equal((await app.inject({ method: 'GET', url, headers: peru })).statusCode, 404);
    assert.equal((await app.inject({ method: 'DELETE', url, headers: peru })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url, headers: analyst })).statusCode, 403);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: colombian.headers });
    assert.equal(me.statusCode, 200, 'untouched');
    await app.close();
  });

  it("revokes every token and session when an administrator resets a user's password", async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db, actorCacheMs: 60_000 });
    const admin = await signedIn(app, db, { role: 'admin', countries: 'ALL' });
    const target = await createSignedInUser(db, { role: 'viewer', countries: ['EC'] });
    assert.equal(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: target.headers })).statusCode,
      200,
    );
    const reset = await app.inject({
      method: 'PATCH',
      url: `/api/users/${target.user.id}`,
      headers: admin,
      payload: { password: 'a brand new passphrase' },
    });
    assert.equal(reset.statusCode, 200);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: target.headers });
    assert.equal(me.statusCode, 401, 'the token from before the reset is revoked');
    const tokens = await db.query<{ revoked_at: Date | null }>(
      'SELECT revoked_at FROM api_token WHERE user_id = $1',
      [target.user.id],
    );
    assert.ok(tokens.every((token) => token.revoked_at !== null));
    await app.close();
  });
});
