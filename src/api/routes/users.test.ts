import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import { createSignedInUser, signedIn } from '../testing/signed-in.js';
import { SAME_ORIGIN } from '../testing/same-origin.js';

interface UserBody {
  id: string;
  username: string;
  displayName: string;
  role: string;
  countries: string[] | 'ALL';
  agency: string | null;
  disabled: boolean;
  password?: string;
}

describeEachEngine('managing users through the API', (engine) => {
  it('lets an administrator create a user who can then sign in', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const admin = await signedIn(app, db, { role: 'admin', countries: 'ALL' });

    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username: 'rosa', role: 'Analyst', countries: ['pe', 'co', 'PE'], agency: 'SUNAT' },
    });
    assert.equal(created.statusCode, 201);
    const user = created.json<UserBody>();
    assert.equal(user.role, 'analyst');
    assert.deepEqual(user.countries, ['CO', 'PE']);
    assert.equal(user.displayName, 'rosa');
    assert.equal(user.disabled, false);
    assert.ok(user.password && user.password.length >= 20, 'a generated password, shown once');

    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'rosa', password: user.password },
      headers: SAME_ORIGIN,
    });
    assert.equal(login.statusCode, 200);

    const list = await app.inject({ method: 'GET', url: '/api/users', headers: admin });
    const page = list.json<{ items: UserBody[]; total: number }>();
    assert.equal(page.total, 2);
    assert.ok(page.items.some((item) => item.username === 'rosa'));
    assert.doesNotMatch(list.body, /scrypt|password/, 'no hash and no password in the list');

    const taken = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin,
      payload: { username: 'ROSA', role: 'viewer', countries: 'ALL', password: 'a long enough password' },
    });
    assert.equal(taken.statusCode, 409);
    assert.match(taken.json<{ message: string }>().message, /Username "ROSA" is taken/);
    await app.close();
  });

  it('rejects unknown roles and countries, and short passwords, with sentences that say what to do', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const admin = await signedIn(app, db, { role: 'admin', countries: 'ALL' });
    const cases = [
      [
        { role: 'boss', countries: ['PE'] },
        /Role "boss" is unknown: use one of viewer, analyst, supervisor, admin, auditor/,
      ],
      [{ role: 'viewer', countries: ['PE', 'XX'] }, /Country XX is unknown: use BO, CO, EC, PE/],
      [{ role: 'viewer', countries: ['PE'], password: 'short' }, /too short: use at least 12 characters/],
      [{ role: 'viewer', countries: ['PE'], username: '-bad name' }, /Username "-bad name" is not allowed/],
    ] as const;
    for (const [fields, message] of cases) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin,
        payload: { username: 'nuevo', ...fields },
      });
      assert.equal(response.statusCode, 400, JSON.stringify(fields));
      assert.match(response.json<{ message: string }>().message, message);
    }
    await app.close();
  });

  it('changes a user, ending their sessions when disabled, and audits each change', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const admin = await createSignedInUser(db, { role: 'admin', countries: 'ALL' });
    const target = await createSignedInUser(db, { role: 'viewer', countries: ['EC'] });

    const patch = (id: string, payload: Record<string, unknown>) =>
      app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: admin.headers, payload });
    const promoted = await patch(target.user.id, {
      role: 'supervisor',
      countries: 'ALL',
      displayName: 'Eva',
    });
    assert.equal(promoted.statusCode, 200);
    assert.deepEqual(
      [
        promoted.json<UserBody>().role,
        promoted.json<UserBody>().countries,
        promoted.json<UserBody>().displayName,
      ],
      ['supervisor', 'ALL', 'Eva'],
    );
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: target.headers });
    assert.equal(me.json<UserBody>().role, 'supervisor', 'the change applies at once');

    assert.equal((await patch(target.user.id, { disabled: true })).statusCode, 200);
    const refused = await app.inject({ method: 'GET', url: '/api/auth/me', headers: target.headers });
    assert.equal(refused.statusCode, 401);

    const self = await patch(admin.user.id, { disabled: true });
    assert.equal(self.statusCode, 409);
    assert.equal((await patch('00000000-0000-0000-0000-000000000000', { disabled: true })).statusCode, 404);
    assert.equal((await patch(target.user.id, {})).statusCode, 400, 'an empty change is a mistake');

    const audit = await app.inject({ method: 'GET', url: '/api/audit?limit=10', headers: admin.headers });
    const entries = audit.json<{
      items: { action: string; subjectId: string; details: Record<string, unknown> }[];
    }>();
    const updates = entries.items.filter((item) => item.action === 'user.update');
    assert.equal(updates.length, 2);
    assert.deepEqual(updates[1]?.details.changes, {
      displayName: { from: 'Test viewer', to: 'Eva' },
      role: { from: 'viewer', to: 'supervisor' },
      countries: { from: ['EC'], to: 'ALL' },
    });
    await app.close();
  });

  it('keeps a national administrator to users and grants within their own countries', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const peru = await signedIn(app, db, { role: 'admin', countries: ['PE'] });
    const colombian = await createSignedInUser(db, { role: 'viewer', countries: ['CO'] });
    const regional = await createSignedInUser(db, { role: 'viewer', countries: 'ALL' });
    const peruvian = await createSignedInUser(db, { role: 'viewer', countries: ['PE'] });

    const list = await app.inject({ method: 'GET', url: '/api/users', headers: peru });
    const names = list.json<{ items: UserBody[] }>().items.map((item) => item.username);
    assert.ok(names.includes(peruvian.user.username));
    assert.ok(!names.includes(colombian.user.username) && !names.includes(regional.user.username));

    for (const id of [colombian.user.id, regional.user.id]) {
      const response = await app.inject({
        method: 'PATCH',
        url: `/api/users/${id}`,
        headers: peru,
        payload: { disabled: true },
      });
      assert.equal(response.statusCode, 404, 'out of scope: as if absent');
    }
    const widen = await app.inject({
      method: 'PATCH',
      url: `/api/users/${peruvian.user.id}`,
      headers: peru,
      payload: { countries: ['PE', 'BO'] },
    });
    assert.equal(widen.statusCode, 403);
    assert.match(widen.json<{ message: string }>().message, /only your own countries \(PE\)/);
    await app.close();
  });

  it('is for administrators only', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    for (const role of ['viewer', 'analyst', 'supervisor', 'auditor'] as const) {
      const headers = await signedIn(app, db, { role, countries: 'ALL' });
      assert.equal((await app.inject({ method: 'GET', url: '/api/users', headers })).statusCode, 403, role);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/users' })).statusCode, 401);
    await app.close();
  });
});
