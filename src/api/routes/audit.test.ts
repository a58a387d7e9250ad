import assert from 'node:assert/strict';
import { it } from 'node:test';
import { hashPassword } from '../../access/passwords.js';
import { alertRepository, type AlertToStore } from '../../store/alerts/alert-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { userRepository } from '../../store/users/user-repository.js';
import { buildApp } from '../app.js';
import { createSignedInUser, signedIn } from '../testing/signed-in.js';
import { SAME_ORIGIN } from '../testing/same-origin.js';

interface AuditBody {
  items: {
    action: string;
    actorUsername: string;
    subjectKind: string;
    subjectId: string | null;
    countries: string[] | null;
    details: Record<string, unknown>;
  }[];
  total: number;
}

function alertIn(country: string, typology: string): AlertToStore {
  const title = { es: `Alerta ${country}`, en: `Alert ${country}` };
  return {
    id: `A-${country}-1`,
    typology,
    severity: 'high',
    score: 0.8,
    country,
    period: { start: '2024-01-01', end: '2024-03-31' },
    subjects: [`${country}:RUC:1`],
    title,
    explanation: title,
    figures: {},
    evidence: [],
    detectorVersion: 'test',
  };
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

  it('shows national readers only the entries concerning their countries, regional auditors all', async () => {
    const db = await engine.openMigrated();
    await alertRepository.upsert(db, [
      alertIn('PE', 'TRADER_MASS_BALANCE'),
      alertIn('CO', 'SUBSISTENCE_CAP_EXCEEDED'),
    ]);
    const app = await buildApp({ db });
    const peru = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
    const colombia = await createSignedInUser(db, { role: 'analyst', countries: ['CO'] });
    const send = async (
      who: { headers: { authorization: string } },
      method: 'GET' | 'POST',
      url: string,
      payload?: object,
    ) =>
      (await app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) })).statusCode;
    // Colombian work: a read, a dismissal with its reason, a look at a Peruvian alert, a token.
    assert.equal(await send(colombia, 'GET', '/api/alerts/A-CO-1'), 200);
    const reason = 'Barequeo legítimo, verificado con la alcaldía de Quibdó';
    assert.equal(await send(colombia, 'POST', '/api/alerts/A-CO-1/transition', { to: 'in_review' }), 200);
    assert.equal(
      await send(colombia, 'POST', '/api/alerts/A-CO-1/transition', { to: 'dismissed', reason }),
      200,
    );
    assert.equal(await send(colombia, 'GET', '/api/alerts/A-PE-1'), 404);
    assert.equal(await send(colombia, 'POST', '/api/auth/tokens', { name: 'co-ci' }), 201);
    // Peruvian work, and a Colombian account opened by the regional secretariat.
    assert.equal(await send(peru, 'GET', '/api/alerts/A-PE-1'), 200);
    assert.equal(await send(peru, 'POST', '/api/alerts/A-PE-1/transition', { to: 'in_review' }), 200);
    const secretariat = await createSignedInUser(db, { role: 'admin', countries: 'ALL' });
    const newUser = {
      username: 'colombiana',
      role: 'viewer',
      countries: ['CO'],
      password: 'a long passphrase',
    };
    assert.equal(await send(secretariat, 'POST', '/api/users', newUser), 201);

    const trailFor = async (role: 'admin' | 'auditor', countries: readonly string[] | 'ALL') => {
      const headers = await signedIn(app, db, { role, countries });
      const response = await app.inject({ method: 'GET', url: '/api/audit?limit=500', headers });
      assert.equal(response.statusCode, 200);
      return { text: response.body, body: response.json<AuditBody>() };
    };
    for (const role of ['admin', 'auditor'] as const) {
      const { text, body } = await trailFor(role, ['PE']);
      for (const secret of [colombia.user.username, 'A-CO-1', 'Quibdó', 'colombiana']) {
        assert.ok(!text.includes(secret), `a Peruvian ${role} reads nothing of ${secret}`);
      }
      assert.deepEqual(
        body.items.map((item) => `${item.action} ${item.actorUsername} ${String(item.subjectId)}`).reverse(),
        [`alert.read ${peru.user.username} A-PE-1`, `alert.transition ${peru.user.username} A-PE-1`],
      );
      assert.equal(body.total, 2);
    }
    const colombian = (await trailFor('admin', ['CO'])).body;
    const subjectOf = (item: AuditBody['items'][number]) =>
      item.subjectKind === 'alert' ? String(item.subjectId) : item.subjectKind;
    assert.deepEqual(
      colombian.items.map((item) => `${item.action} ${subjectOf(item)} ${String(item.countries)}`).reverse(),
      [
        'alert.read A-CO-1 CO',
        'alert.transition A-CO-1 CO',
        'alert.transition A-CO-1 CO',
        // Whoever looks at another country's alert is seen by their own country, not by that one.
        'alert.read A-PE-1 CO',
        'auth.token_created token CO',
        'user.create user CO',
      ],
    );
    const regional = await trailFor('auditor', 'ALL');
    assert.equal(regional.body.total, 8);
    assert.ok(regional.text.includes('Quibdó'), 'the regional auditor reads the dismissal reason');

    // A broken chain is reported to every reader, naming who acted only to those who may read the entry.
    await db.exec(
      `ALTER TABLE audit_event DISABLE TRIGGER USER; UPDATE audit_event SET details = details || '{"reason": "x"}' WHERE action = 'alert.transition' AND subject_id = 'A-CO-1'; ALTER TABLE audit_event ENABLE TRIGGER USER`,
    );
    const breakFor = async (countries: readonly string[] | 'ALL') => {
      const headers = await signedIn(app, db, { role: 'auditor', countries });
      const response = await app.inject({ method: 'GET', url: '/api/audit/verify', headers });
      return response.json<{ ok: boolean; firstBreak: { message: string } }>();
    };
    const seenFromPeru = await breakFor(['PE']);
    assert.equal(seenFromPeru.ok, false);
    assert.match(seenFromPeru.firstBreak.message, /concerns countries outside your scope/);
    assert.ok(!seenFromPeru.firstBreak.message.includes(colombia.user.username));
    assert.ok((await breakFor('ALL')).firstBreak.message.includes(colombia.user.username));
    await app.close();
  });
});
