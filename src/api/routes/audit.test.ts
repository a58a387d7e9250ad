import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hashPassword } from '../../access/passwords.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { userRepository } from '../../store/user-repository.js';
import { buildApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';
import { SAME_ORIGIN } from '../testing/same-origin.js';

interface AuditBody {
  items: { action: string; actorUsername: string; subjectKind: string; details: Record<string, unknown> }[];
  total: number;
}

describeEachEngine('the audit trail through the API', (engine) => {
  it('records sign-ins, failures, sign-outs and token changes, and verifies the chain', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    await userRepository.create(db, {
      username: 'marco',
      displayName: 'Marco',
      passwordHash: await hashPassword('a long passphrase'),
      role: 'analyst',
      countries: ['BO'],
      agency: null,
    });
    const login = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'Marco', password },
        headers: SAME_ORIGIN,
      });
    assert.equal((await login('wrong password')).statusCode, 401);
    const signedInResponse = await login('a long passphrase');
    const cookie = /veta_session=([^;]+)/.exec(String(signedInResponse.headers['set-cookie']))?.[1] ?? '';
    const cookies = { veta_session: cookie };
    const token = await app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      cookies,
      headers: SAME_ORIGIN,
      payload: { name: 'ci' },
    });
    const id = token.json<{ id: string }>().id;
    await app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, cookies, headers: SAME_ORIGIN });
    await app.inject({ method: 'POST', url: '/api/auth/logout', cookies, headers: SAME_ORIGIN });

    const auditor = await signedIn(app, db, { role: 'auditor', countries: 'ALL' });
    const trail = await app.inject({ method: 'GET', url: '/api/audit', headers: auditor });
    assert.equal(trail.statusCode, 200);
    const body = trail.json<AuditBody>();
    assert.deepEqual(body.items.map((item) => `${item.action} ${item.actorUsername}`).reverse(), [
      'auth.login_failed Marco',
      'auth.login marco',
      'auth.token_created marco',
      'auth.token_revoked marco',
      'auth.logout marco',
    ]);
    assert.equal(body.items.at(-1)?.details.reason, 'wrong-credentials');
    assert.equal(body.items.at(-1)?.details.ip, '127.0.0.1');
    assert.doesNotMatch(trail.body, /a long passphrase|wrong password/, 'passwords never reach the trail');

    const verify = await app.inject({ method: 'GET', url: '/api/audit/verify', headers: auditor });
    assert.equal(verify.statusCode, 200);
    assert.deepEqual(
      { ok: verify.json<{ ok: boolean }>().ok, checked: verify.json<{ checked: number }>().checked },
      { ok: true, checked: 5 },
    );

    await db.exec(
      `ALTER TABLE audit_event DISABLE TRIGGER USER; UPDATE audit_event SET actor_username = 'someone' WHERE action = 'auth.login'; ALTER TABLE audit_event ENABLE TRIGGER USER`,
    );
    const tampered = await app.inject({ method: 'GET', url: '/api/audit/verify', headers: auditor });
    const result = tampered.json<{ ok: boolean; firstBreak: { id: number; problem: string } }>();
    assert.equal(result.ok, false);
    assert.equal(result.firstBreak.problem, 'content-changed');
    await app.close();
  });

  it('is for administrators and auditors only', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    for (const [role, status] of [
      ['viewer', 403],
      ['supervisor', 403],
      ['admin', 200],
      ['auditor', 200],
    ] as const) {
      const headers = await signedIn(app, db, { role, countries: 'ALL' });
      for (const url of ['/api/audit', '/api/audit/verify']) {
        assert.equal(
          (await app.inject({ method: 'GET', url, headers })).statusCode,
          status,
          `${role} ${url}`,
        );
      }
    }
    await app.close();
  });
});
