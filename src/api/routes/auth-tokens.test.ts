import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sha256Hex } from '../../access/secrets.js';
import { changeUser, type UserManager } from '../../access/user-admin.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { userRepository } from '../../store/users/user-repository.js';
import { buildApp } from '../app.js';
import { createSignedInUser, signedIn } from '../testing/signed-in.js';

interface TokenBody {
  id: string;
  name: string;
  token: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const OPERATOR: UserManager = { id: null, username: 'cli:test', scope: { countries: 'ALL', agency: null } };

describeEachEngine('API tokens', (engine) => {
  it('authenticates with a bearer token and reports the user’s scope', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const headers = await signedIn(app, db, { role: 'supervisor', countries: ['CO', 'EC'], agency: 'UIAF' });
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    assert.equal(me.statusCode, 200);
    const body = me.json<{ role: string; countries: string[]; agency: string }>();
    assert.equal(body.role, 'supervisor');
    assert.deepEqual(body.countries, ['CO', 'EC']);
    assert.equal(body.agency, 'UIAF');

    const regional = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
    const secretariat = await app.inject({ method: 'GET', url: '/api/auth/me', headers: regional });
    assert.equal(secretariat.json<{ countries: string }>().countries, 'ALL');
    await app.close();
  });

  it('refuses unknown, malformed and revoked tokens, and tokens of disabled users', async () => {
    const db = await engine.openMigrated();
    // The users are changed in the database, as the CLI does: without the actor cache, at once.
    const app = await buildApp({ db, actorCacheMs: 0 });
    const me = (authorization: string) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization } });
    assert.equal((await me('Bearer veta_notatoken')).statusCode, 401);
    assert.equal((await me('Basic dXNlcjpwYXNz')).statusCode, 401);

    const { user, headers } = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
    assert.equal((await me(headers.authorization)).statusCode, 200);
    await changeUser(db, user.id, { disabled: true }, OPERATOR);
    assert.equal((await me(headers.authorization)).statusCode, 401);
    await changeUser(db, user.id, { disabled: false }, OPERATOR);
    assert.equal((await me(headers.authorization)).statusCode, 401, 'enabling does not revive old tokens');

    // A token left unrevoked by a disable made before tokens were revoked at all, still ends at the enable.
    const older = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
    await userRepository.update(db, older.user.id, { disabled: true });
    await changeUser(db, older.user.id, { disabled: false }, OPERATOR);
    assert.equal((await me(older.headers.authorization)).statusCode, 401);
    await app.close();
  });

  it('refuses a user disabled outside the server once the actor cache has expired', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db, actorCacheMs: 300 });
    const me = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: '/api/auth/me', headers });
    const { user, headers } = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
    // The cache entry is made by this first request: it lasts 300 ms from here.
    const changedAt = performance.now();
    assert.equal((await me(headers)).statusCode, 200);
    await userRepository.update(db, user.id, { disabled: true });
    let status = 200;
    while (status === 200 && performance.now() - changedAt < 5000) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      status = (await me(headers)).statusCode;
    }
    assert.equal(status, 401);
    // Not before the cache time (less a timer's slack): the cache did serve the burst in between.
    assert.ok(performance.now() - changedAt >= 250, 'the identity was reused while fresh');
    await app.close();
  });

  it('forgets cached identities when a user is disabled through the API', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db, actorCacheMs: 60_000 });
    const admin = await signedIn(app, db, { role: 'admin', countries: 'ALL' });
    const { user, headers } = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode, 200);
    const disabled = await app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: admin,
      payload: { disabled: true },
    });
    assert.equal(disabled.statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode, 401);
    await app.close();
  });

  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const { user, headers } = await createSignedInUser(db, { role: 'analyst', countries: ['BO'] });

    const created = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers,
      payload: { name: 'nightly export' },
    });
    assert.equal(created.statusCode, 201);
    const token = created.json<TokenBody>();
    assert.match(token.token, /^veta_[\w-]{43}$/);
    const stored = await db.query<{ token_sha256: string }>(
      'SELECT token_sha256 FROM api_token WHERE id = $1',
      [token.id],
    );
    assert.deepEqual(stored, [{ token_sha256: sha256Hex(token.token) }]);

    const own = { authorization: `Bearer ${token.token}` };
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: own })).statusCode, 200);

    const list = await app.inject({ method: 'GET', url: '/api/auth/tokens', headers });
    assert.equal(list.statusCode, 200);
    const page = list.json<{
      items: Omit<TokenBody, 'token'>[];
      total: number;
      limit: number;
      offset: number;
    }>();
    assert.equal(page.total, 2);
    assert.equal(page.limit, 100);
    assert.doesNotMatch(list.body, /veta_/, 'the list never shows a token');
    const listed = page.items.find((item) => item.id === token.id);
    assert.ok(listed?.lastUsedAt, 'using the token is recorded');

    // Someone else cannot revoke it, nor learn that it exists.
    const other = await signedIn(app, db, { role: 'admin', countries: 'ALL' });
    const foreign = await app.inject({
      method: 'DELETE',
      url: `/api/auth/tokens/${token.id}`,
      headers: other,
    });
    assert.equal(foreign.statusCode, 404);

    const revoked = await app.inject({ method: 'DELETE', url: `/api/auth/tokens/${token.id}`, headers });
    assert.equal(revoked.statusCode, 200);
    assert.ok(revoked.json<TokenBody>().revokedAt);
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers: own })).statusCode, 401);
    assert.equal((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode, 200);

    const malformed = await app.inject({ method: 'DELETE', url: '/api/auth/tokens/not-a-uuid', headers });
    assert.equal(malformed.statusCode, 404);
    assert.equal(user.role, 'analyst');
    await app.close();
  });

  it('requires authentication for every token route', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    for (const [method, url] of [
      ['GET', '/api/auth/tokens'],
      ['POST', '/api/auth/tokens'],
      ['DELETE', '/api/auth/tokens/00000000-0000-0000-0000-000000000000'],
    ] as const) {
      const response = await app.inject({
        method,
        url,
        payload: method === 'POST' ? { name: 'x' } : undefined,
      });
      assert.equal(response.statusCode, 401, `${method} ${url}`);
    }
    await app.close();
  });
});
