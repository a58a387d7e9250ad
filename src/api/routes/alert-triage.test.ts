import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../access/actor.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine, type TestEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import type { AlertDetail, AlertSummary } from '../schemas/alert-schemas.js';
import { loadAlertFixture, TRADER } from '../testing/alert-fixture.js';
import { createSignedInUser } from '../testing/signed-in.js';

type Headers = { authorization: string };
interface User {
  username: string;
  headers: Headers;
}

interface World {
  db: Database;
  app: VetaApp;
  peAlert: string;
  coAlert: string;
  user(role: Role, countries?: string[] | 'ALL'): Promise<User>;
  post(headers: Headers | undefined, url: string, payload: object): Promise<LightMyRequestResponse>;
  detail(headers: Headers, id: string): Promise<AlertDetail>;
}

async function world(engine: TestEngine): Promise<World> {
  const db = await engine.openMigrated();
  await loadAlertFixture(db);
  const app = await buildApp({ db });
  const regional = (await createSignedInUser(db, { role: 'viewer', countries: 'ALL' })).headers;
  const find = async (query: string): Promise<string> => {
    const response = await app.inject({ method: 'GET', url: `/api/alerts?${query}`, headers: regional });
    const id = response.json<{ items: AlertSummary[] }>().items[0]?.id;
    assert.ok(id, query);
    return id;
  };
  return {
    db,
    app,
    peAlert: await find(`subject=PE:RUC:${TRADER}`),
    coAlert: await find('severity=high'),
    async user(role, countries = ['PE']) {
      const created = await createSignedInUser(db, { role, countries });
      return { username: created.user.username, headers: created.headers };
    },
    post: (headers, url, payload) =>
      app.inject({ method: 'POST', url, payload, ...(headers ? { headers } : {}) }),
    async detail(headers, id) {
      const response = await app.inject({ method: 'GET', url: `/api/alerts/${id}`, headers });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<AlertDetail>();
    },
  };
}

function errorOf(response: LightMyRequestResponse): [number, string, string] {
  const body = response.json<{ code: string; message: string }>();
  return [response.statusCode, body.code, body.message];
}

describeEachEngine('alert triage through the API', (engine) => {
  it('moves a case through review, dismissal, closing and reopening, each by those allowed to', async () => {
    const w = await world(engine);
    const ana = await w.user('analyst');
    const sofia = await w.user('supervisor');
    const move = (user: User, to: string, reason?: string) =>
      w.post(
        user.headers,
        `/api/alerts/${w.peAlert}/transition`,
        reason === undefined ? { to } : { to, reason },
      );

    const reviewing = await move(ana, 'in_review');
    assert.equal(reviewing.statusCode, 200);
    assert.equal(reviewing.json<AlertDetail>().status, 'in_review');
    assert.deepEqual(reviewing.json<AlertDetail>().nextStatuses, ['escalated', 'dismissed', 'open']);

    const [status, code, message] = errorOf(await move(ana, 'closed'));
    assert.deepEqual([status, code], [409, 'CONFLICT']);
    assert.equal(
      message,
      'The alert is in_review; from in_review it can move only to escalated, dismissed or open.',
    );

    assert.deepEqual(errorOf(await move(ana, 'dismissed')).slice(0, 2), [400, 'USAGE']);
    assert.equal((await move(ana, 'dismissed', 'The trader holds stock bought in 2023.')).statusCode, 200);
    assert.deepEqual(errorOf(await move(ana, 'closed')).slice(0, 2), [403, 'FORBIDDEN']);
    assert.equal((await move(sofia, 'closed')).statusCode, 200);
    assert.deepEqual(errorOf(await move(ana, 'open')).slice(0, 2), [403, 'FORBIDDEN']);
    const reopened = await move(sofia, 'open', 'New purchases appeared.');
    assert.equal(reopened.statusCode, 200);

    const { history, status: now } = reopened.json<AlertDetail>();
    assert.equal(now, 'open');
    assert.deepEqual(
      history.map((entry) => [entry.from, entry.to, entry.reason, entry.author]),
      [
        ['open', 'in_review', null, ana.username],
        ['in_review', 'dismissed', 'The trader holds stock bought in 2023.', ana.username],
        ['dismissed', 'closed', null, sofia.username],
        ['closed', 'open', 'New purchases appeared.', sofia.username],
      ],
    );
    const audited = await w.db.query<{ action: string; details: { from: string; to: string } }>(
      "SELECT action, details FROM audit_event WHERE action = 'alert.transition' ORDER BY id",
    );
    assert.deepEqual(
      audited.map((row) => `${row.details.from}->${row.details.to}`),
      ['open->in_review', 'in_review->dismissed', 'dismissed->closed', 'closed->open'],
    );
  });

  it('escalates and sends back for review, and only those who may close close an escalation', async () => {
    const w = await world(engine);
    const ana = await w.user('analyst');
    const admin = await w.user('admin', 'ALL');
    const url = `/api/alerts/${w.peAlert}/transition`;
    for (const to of ['in_review', 'escalated', 'in_review', 'escalated']) {
      assert.equal((await w.post(ana.headers, url, { to })).statusCode, 200, to);
    }
    const [, , message] = errorOf(await w.post(ana.headers, url, { to: 'dismissed', reason: 'x' }));
    assert.equal(message, 'The alert is escalated; from escalated it can move only to closed or in_review.');
    assert.equal(errorOf(await w.post(ana.headers, url, { to: 'closed' }))[0], 403);
    assert.equal((await w.post(admin.headers, url, { to: 'closed' })).statusCode, 200);
    assert.equal((await w.detail(ana.headers, w.peAlert)).status, 'closed');
  });

  it('lets analysts take cases and supervisors hand them to those who may work them', async () => {
    const w = await world(engine);
    const [ana, bruno, sofia, viewer, colombian] = await Promise.all([
      w.user('analyst'),
      w.user('analyst'),
      w.user('supervisor'),
      w.user('viewer'),
      w.user('analyst', ['CO']),
    ]);
    const assign = (user: User, assignee: string | null) =>
      w.post(user.headers, `/api/alerts/${w.peAlert}/assign`, { assignee });

    assert.deepEqual(errorOf(await assign(ana, bruno.username)).slice(0, 2), [403, 'FORBIDDEN']);
    const taken = await assign(ana, ana.username);
    assert.equal(taken.statusCode, 200);
    assert.equal(taken.json<AlertDetail>().assignee, ana.username);
    assert.deepEqual(errorOf(await assign(bruno, bruno.username)).slice(0, 2), [403, 'FORBIDDEN']);
    assert.equal((await assign(sofia, bruno.username)).statusCode, 200);
    assert.match(errorOf(await assign(sofia, viewer.username))[2], /is a viewer and cannot work on alerts/);
    assert.match(errorOf(await assign(sofia, colombian.username))[2], /cannot see PE data/);
    assert.deepEqual(errorOf(await assign(sofia, 'no-such-user')).slice(0, 2), [400, 'USAGE']);

    const mine = await w.app.inject({
      method: 'GET',
      url: `/api/alerts?assignee=${bruno.username.toUpperCase()}`,
      headers: ana.headers,
    });
    assert.deepEqual(
      mine.json<{ items: AlertSummary[] }>().items.map((alert) => alert.id),
      [w.peAlert],
    );
    assert.equal((await assign(bruno, null)).statusCode, 200, 'the holder lets go');
    const { history, assignee } = await w.detail(sofia.headers, w.peAlert);
    assert.equal(assignee, null);
    assert.deepEqual(
      history.map((entry) => [entry.kind, entry.assignee, entry.author]),
      [
        ['assignment', ana.username, ana.username],
        ['assignment', bruno.username, sofia.username],
        ['assignment', null, bruno.username],
      ],
    );
  });

  it('lists whom a supervisor may give an alert to: active, able to work alerts, seeing its country', async () => {
    const w = await world(engine);
    const [ana, sofia, viewer, colombian, regional, gone] = await Promise.all([
      w.user('analyst'),
      w.user('supervisor'),
      w.user('viewer'),
      w.user('analyst', ['CO']),
      w.user('analyst', 'ALL'),
      w.user('analyst'),
    ]);
    await w.app.inject({
      method: 'PATCH',
      url: `/api/users/${(await w.db.query<{ id: string }>('SELECT id FROM app_user WHERE username = $1', [gone.username]))[0]?.id ?? ''}`,
      headers: (await w.user('admin', 'ALL')).headers,
      payload: { disabled: true },
    });
    const assignees = async (user: User, id = w.peAlert) =>
      w.app.inject({ method: 'GET', url: `/api/alerts/${id}/assignees`, headers: user.headers });

    const listed = (await assignees(sofia)).json<{ items: { username: string; role: string }[] }>().items;
    const names = listed.map((item) => item.username);
    for (const user of [ana, sofia, regional]) assert.ok(names.includes(user.username), user.username);
    for (const user of [viewer, colombian, gone]) assert.ok(!names.includes(user.username), user.username);
    // Everyone listed is accepted by the assignment itself: one rule for both.
    for (const name of names) {
      const given = await w.post(sofia.headers, `/api/alerts/${w.peAlert}/assign`, { assignee: name });
      assert.equal(given.statusCode, 200, name);
    }

    assert.deepEqual(
      errorOf(await assignees(ana)).slice(0, 2),
      [403, 'FORBIDDEN'],
      'analysts take, not give',
    );
    assert.deepEqual(errorOf(await assignees(sofia, w.coAlert)).slice(0, 2), [404, 'NOT_FOUND']);
  });

  it('keeps comments with their author, in order, and refuses empty ones', async () => {
    const w = await world(engine);
    const ana = await w.user('analyst');
    const url = `/api/alerts/${w.peAlert}/comments`;
    const first = await w.post(ana.headers, url, { text: 'Asked SUNAT for the 2023 stock.' });
    assert.equal(first.statusCode, 201);
    assert.equal(first.json<{ author: string }>().author, ana.username);
    await w.post(ana.headers, url, { text: 'Stock confirmed: 1 kg only.' });
    assert.deepEqual(errorOf(await w.post(ana.headers, url, { text: '   ' })).slice(0, 2), [400, 'USAGE']);
    assert.equal((await w.post(ana.headers, url, { text: '' })).statusCode, 400);
    const { comments, history } = await w.detail(ana.headers, w.peAlert);
    assert.deepEqual(
      comments.map((comment) => comment.text),
      ['Asked SUNAT for the 2023 stock.', 'Stock confirmed: 1 kg only.'],
    );
    assert.deepEqual(history, [], 'comments are not status history');
  });

  it('hides a Colombian alert from a Peruvian analyst on every alert route', async () => {
    const w = await world(engine);
    const ana = await w.user('analyst');
    const sofia = await w.user('supervisor');
    const base = `/api/alerts/${w.coAlert}`;
    const responses = [
      await w.app.inject({ method: 'GET', url: base, headers: ana.headers }),
      await w.post(ana.headers, `${base}/transition`, { to: 'in_review' }),
      await w.post(ana.headers, `${base}/assign`, { assignee: ana.username }),
      await w.post(sofia.headers, `${base}/assign`, { assignee: ana.username }),
      await w.post(ana.headers, `${base}/comments`, { text: 'peeking' }),
    ];
    for (const response of responses) {
      assert.deepEqual(errorOf(response).slice(0, 2), [404, 'NOT_FOUND']);
      assert.doesNotMatch(errorOf(response)[2], /CO|Colombia|scope of/);
    }
    const list = await w.app.inject({ method: 'GET', url: '/api/alerts', headers: ana.headers });
    assert.ok(!list.json<{ items: AlertSummary[] }>().items.some((alert) => alert.id === w.coAlert));
    const regional = await w.user('supervisor', 'ALL');
    const untouched = await w.detail(regional.headers, w.coAlert);
    assert.deepEqual(
      [untouched.status, untouched.assignee, untouched.comments, untouched.history],
      ['open', null, [], []],
    );
  });

  it('lets a viewer read but not triage, and turns anonymous callers away', async () => {
    const w = await world(engine);
    const viewer = await w.user('viewer');
    const base = `/api/alerts/${w.peAlert}`;
    assert.equal((await w.detail(viewer.headers, w.peAlert)).id, w.peAlert);
    const changes: [string, object][] = [
      [`${base}/transition`, { to: 'in_review' }],
      [`${base}/assign`, { assignee: viewer.username }],
      [`${base}/comments`, { text: 'noted' }],
    ];
    for (const [url, payload] of changes) {
      assert.deepEqual(errorOf(await w.post(viewer.headers, url, payload)).slice(0, 2), [403, 'FORBIDDEN']);
      assert.deepEqual(errorOf(await w.post(undefined, url, payload)).slice(0, 2), [401, 'UNAUTHENTICATED']);
    }
    assert.equal((await w.app.inject({ method: 'GET', url: base })).statusCode, 401);
    assert.deepEqual(await w.db.query('SELECT * FROM alert_case_event'), []);
  });
});
