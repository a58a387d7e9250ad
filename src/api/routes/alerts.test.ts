import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Database } from '../../store/engine/database.js';
import { alertEpisodeRepository } from '../../store/alerts/alert-episode-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import { Compile } from 'typebox/compile';
import { AlertPage, type AlertDetail, type AlertSummary } from '../schemas/alert-schemas.js';
import { loadAlertFixture, TRADER } from '../testing/alert-fixture.js';
import { createSignedInUser, signedIn } from '../testing/signed-in.js';

interface Page {
  items: AlertSummary[];
  total: number;
  limit: number;
  offset: number;
}

describeEachEngine('GET /api/alerts', (engine) => {
  let db: Database;
  let app: VetaApp;
  let peru: { authorization: string };
  let colombia: { authorization: string };
  let region: { authorization: string };

  before(async () => {
    db = await engine.openMigrated();
    await loadAlertFixture(db);
    app = await buildApp({ db });
    peru = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    colombia = await signedIn(app, db, { role: 'analyst', countries: ['CO'] });
    region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
  });
  after(() => app.close());

  async function list(headers: { authorization: string }, query = ''): Promise<Page> {
    const response = await app.inject({ method: 'GET', url: `/api/alerts${query}`, headers });
    assert.equal(response.statusCode, 200, response.body);
    return response.json<Page>();
  }

  it('lists only the alerts of the caller’s countries', async () => {
    const [pe, co, all] = await Promise.all([list(peru), list(colombia), list(region)]);
    assert.equal(pe.total, 3);
    assert.ok(pe.items.every((alert) => alert.country === 'PE'));
    assert.deepEqual(
      co.items.map((alert) => [alert.typology, alert.severity]),
      [
        ['SUBSISTENCE_CAP_EXCEEDED', 'high'],
        ['SUBSISTENCE_CAP_EXCEEDED', 'low'],
      ],
    );
    assert.equal(all.total, 5);
    // Asking for another country's alerts narrows within the scope; it never widens it.
    assert.equal((await list(peru, '?country=CO')).total, 0);
  });

  it('shapes each alert as the contract says, with the typology named in both languages', async () => {
    const { items } = await list(peru, `?subject=PE:RUC:${TRADER}`);
    assert.equal(items.length, 1);
    const [alert] = items;
    assert.ok(alert);
    assert.deepEqual(Object.keys(alert).sort(), [
      'assignee',
      'country',
      'episode',
      'firstDetectedAt',
      'id',
      'lastDetectedAt',
      'period',
      'score',
      'severity',
      'status',
      'subjects',
      'title',
      'typology',
      'typologyName',
    ]);
    assert.equal(alert.typology, 'TRADER_MASS_BALANCE');
    assert.deepEqual(alert.typologyName, {
      es: 'Balance de masa del comerciante',
      en: 'Trader mass balance',
    });
    assert.deepEqual(alert.period, { start: '2024-01-01', end: '2024-03-31' });
    assert.equal(alert.status, 'open');
    assert.equal(alert.assignee, null);
    assert.match(alert.title.en, /sold and exported 34.5 kg of fine gold with only 30 kg coming in/);
  });

  it('filters by typology, severity, several values, and words in the title in either language', async () => {
    assert.equal((await list(region, '?typology=STRUCTURING')).total, 2);
    assert.equal((await list(region, '?typology=STRUCTURING&typology=TRADER_MASS_BALANCE')).total, 3);
    assert.deepEqual(
      (await list(region, '?severity=high')).items.map((alert) => alert.subjects),
      [['CO:CC:1077654321']],
    );
    assert.equal((await list(region, '?severity=high&severity=low')).total, 5);
    assert.equal((await list(region, '?q=in%20cash')).total, 2);
    assert.equal((await list(region, '?q=EFECTIVO')).total, 2);
    // Accents and case are ignored: "barequero" finds "Barequero", "pena" finds "PEÑA", "vendio"
    // finds "vendió". Titles name a subject by name and id: both barequeros are MARÍA MOSQUERA PEÑA.
    assert.equal((await list(region, '?q=barequero%20maria%20mosquera%20pena')).total, 2);
    assert.equal((await list(region, '?q=pena%20(CO:CC:1077654321)%20vendio')).total, 1);
    assert.equal((await list(region, '?q=100%25')).total, 0);
    assert.equal((await list(region, '?status=open')).total, 5);
    assert.equal((await list(region, '?status=closed')).total, 0);
    assert.equal((await list(region, '?assignee=nobody')).total, 0);
  });

  it('sorts by score, period, severity and detection, and pages with the total of all pages', async () => {
    const scores = (page: Page): number[] => page.items.map((alert) => alert.score);
    const ascending = scores(await list(region, '?sort=score'));
    assert.deepEqual(
      ascending,
      [...ascending].sort((a, b) => a - b),
    );
    assert.deepEqual(scores(await list(region, '?sort=-score')), [...ascending].reverse());

    const starts = (await list(region, '?sort=period')).items.map((alert) => alert.period.start);
    assert.deepEqual(starts, [...starts].sort());
    const latest = (await list(region, '?sort=-period')).items.map((alert) => alert.period.start);
    assert.deepEqual(latest, [...starts].reverse());

    const bySeverity = (await list(region, '?sort=-severity')).items.map((alert) => alert.severity);
    assert.deepEqual(bySeverity, ['high', 'low', 'low', 'low', 'low']);
    assert.equal((await list(region, '?sort=severity')).items.at(-1)?.severity, 'high');
    assert.equal((await list(region)).items[0]?.severity, 'high', 'most severe first by default');

    const detected = (await list(region, '?sort=detected')).items.map((alert) => alert.firstDetectedAt);
    assert.deepEqual(detected, [...detected].sort().reverse());

    const all = (await list(region, '?sort=score')).items.map((alert) => alert.id);
    const first = await list(region, '?sort=score&limit=2');
    const second = await list(region, '?sort=score&limit=2&offset=2');
    const third = await list(region, '?sort=score&limit=2&offset=4');
    assert.deepEqual([first.total, second.total, third.total], [5, 5, 5]);
    assert.deepEqual([first.limit, second.offset], [2, 2]);
    assert.deepEqual(
      [...first.items, ...second.items, ...third.items].map((alert) => alert.id),
      all,
    );
    const beyond = await list(region, '?offset=50');
    assert.deepEqual([beyond.items.length, beyond.total], [0, 5]);
  });

  it('refuses a limit past 200, an unknown order and anonymous callers', async () => {
    for (const query of ['?limit=201', '?sort=title', '?severity=extreme', '?status=pending']) {
      const response = await app.inject({ method: 'GET', url: `/api/alerts${query}`, headers: peru });
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.json<{ code: string }>().code, 'USAGE');
    }
    const anonymous = await app.inject({ method: 'GET', url: '/api/alerts' });
    assert.equal(anonymous.statusCode, 401);
  });

  it('describes every alert and data route in the OpenAPI document', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    for (const path of [
      '/api/alerts',
      '/api/alerts/{id}',
      '/api/alerts/{id}/transition',
      '/api/alerts/{id}/assign',
      '/api/alerts/{id}/comments',
      '/api/typologies',
      '/api/overview',
      '/api/batches',
      '/api/batches/{id}',
      '/api/quarantine',
      '/api/uploads',
      '/api/uploads/{id}',
    ]) {
      assert.ok(paths.includes(path), path);
    }
  });

  it('shows one alert with its explanation, figures and the file rows it rests on, and audits the read', async () => {
    const [before] = await db.query<{ last: number }>(
      'SELECT coalesce(max(id), 0)::int AS last FROM audit_event',
    );
    const [listed] = (await list(peru, `?subject=PE:RUC:${TRADER}`)).items;
    assert.ok(listed);
    const response = await app.inject({ method: 'GET', url: `/api/alerts/${listed.id}`, headers: peru });
    assert.equal(response.statusCode, 200);
    const alert = response.json<AlertDetail>();
    assert.equal(alert.id, listed.id);
    assert.match(alert.explanation.en, /4.5 kg left with no document of origin/);
    assert.match(alert.explanation.es, /4,5 kg salieron sin documento de origen/);
    assert.equal(alert.figures.excessKg, 4.5);
    assert.equal(alert.figures.purchasesKg, 30);
    assert.equal(alert.evidence.length, 6);
    const [bought] = alert.evidence;
    assert.deepEqual(
      {
        layout: bought?.layout,
        file: bought?.file,
        row: bought?.row,
        role: bought?.role,
        table: bought?.table,
      },
      {
        layout: 'PE-COMPRAS',
        file: 'PE-COMPRAS.csv',
        row: 9,
        role: 'gold bought',
        table: 'mineral_transaction',
      },
    );
    assert.match(bought?.recordId ?? '', new RegExp(`^PE:COMPRA:${TRADER}:`));
    assert.deepEqual([alert.comments, alert.history], [[], []]);
    assert.deepEqual(alert.nextStatuses, ['in_review']);

    const viewed = await app.inject({ method: 'GET', url: `/api/alerts/${listed.id}`, headers: region });
    assert.deepEqual(viewed.json<AlertDetail>().nextStatuses, [], 'a viewer may not move it');

    const audited = await db.query<{ action: string; subject_id: string }>(
      "SELECT action, subject_id FROM audit_event WHERE action = 'alert.read' AND id > $1 ORDER BY id",
      [before?.last],
    );
    assert.deepEqual(
      audited.map((row) => [row.action, row.subject_id]),
      [
        ['alert.read', listed.id],
        ['alert.read', listed.id],
      ],
    );
  });

  it('gives an alert its next step: the money-laundering channel in Peru, the typology’s channels in Colombia', async () => {
    const detail = async (headers: { authorization: string }, id: string) => {
      const response = await app.inject({ method: 'GET', url: `/api/alerts/${id}`, headers });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<AlertDetail>();
    };
    const [peruvian] = (await list(peru, `?subject=PE:RUC:${TRADER}`)).items;
    assert.ok(peruvian);
    const inPeru = (await detail(peru, peruvian.id)).nextStep;
    assert.equal(inPeru.regional, false);
    assert.deepEqual(
      inPeru.steps.map((step) => [step.country, step.basis, step.referrals.map((r) => r.channel)]),
      [['PE', 'predicate-offence', ['money-laundering']]],
    );
    assert.match(inPeru.steps[0]?.text.es ?? '', /UIF-Perú.*Decreto Legislativo 1106.*sin verificar/);

    const [colombian] = (await list(colombia, '?typology=SUBSISTENCE_CAP_EXCEEDED')).items;
    assert.ok(colombian);
    const [step] = (await detail(colombia, colombian.id)).nextStep.steps;
    assert.equal(step?.basis, 'no-rule');
    assert.deepEqual(
      step?.referrals.map((referral) => [referral.channel, referral.authority?.name]),
      [
        ['mining', 'ANM (Agencia Nacional de Minería)'],
        ['tax', 'DIAN (Dirección de Impuestos y Aduanas Nacionales)'],
      ],
    );
    assert.match(step?.text.en ?? '', /No rule is recorded on .* in CO/);
  });

  it('lists each alert within the published schema, exactly as the alert’s own page summarises it', async () => {
    // The cases the database writes apart from the presenter: a held case, no country, no typology
    // the catalogue knows (a detector retired since).
    const holder = await createSignedInUser(db, { role: 'analyst', countries: ['PE'] });
    const [held] = (await list(peru)).items;
    assert.ok(held);
    const taken = await app.inject({
      method: 'POST',
      url: `/api/alerts/${held.id}/assign`,
      headers: holder.headers,
      payload: { assignee: holder.user.username },
    });
    assert.equal(taken.statusCode, 200, taken.body);
    await db.query(
      `INSERT INTO alert (id, typology, severity, score, country, period_start, period_end, subjects, title,
                          explanation, figures, evidence, detector_version, first_detected_at)
       SELECT 'ALR-RETIRED', 'RETIRED_TYPOLOGY', severity, 0.123456789, NULL, period_start, period_end, subjects,
              title, explanation, figures, evidence, detector_version, '2024-06-01T10:20:30.456789Z'
       FROM alert WHERE id = $1`,
      [held.id],
    );
    await alertEpisodeRepository.regroup(db, ['RETIRED_TYPOLOGY']);
    const page = await list(region, '?sort=-severity');
    assert.ok(Compile(AlertPage).Check(page), 'the page the database writes fits the OpenAPI schema');
    assert.equal(page.items.length, 6);
    const retired = page.items.find((alert) => alert.id === 'ALR-RETIRED');
    assert.deepEqual(
      [retired?.country, retired?.typologyName, retired?.score, retired?.firstDetectedAt],
      [null, { es: 'RETIRED_TYPOLOGY', en: 'RETIRED_TYPOLOGY' }, 0.123456789, '2024-06-01T10:20:30.456Z'],
    );
    assert.equal(page.items.find((alert) => alert.id === held.id)?.assignee, holder.user.username);
    for (const listed of page.items) {
      const response = await app.inject({ method: 'GET', url: `/api/alerts/${listed.id}`, headers: region });
      assert.equal(response.statusCode, 200, response.body);
      const detail = response.json<AlertDetail>();
      const summary = Object.fromEntries(
        Object.keys(listed).map((key) => [key, detail[key as keyof AlertDetail]]),
      );
      assert.deepEqual(listed, summary, listed.id);
    }
    const alerts = await list(region, '?each=alert');
    assert.ok(Compile(AlertPage).Check(alerts), 'a page of single alerts fits the OpenAPI schema');
    for (const listed of alerts.items) {
      const response = await app.inject({
        method: 'GET',
        url: `/api/alerts/${listed.id}?each=alert`,
        headers: region,
      });
      const detail = response.json<AlertDetail>();
      const summary = Object.fromEntries(
        Object.keys(listed).map((key) => [key, detail[key as keyof AlertDetail]]),
      );
      assert.deepEqual(listed, summary, listed.id);
    }
  });

  it('shows a monthly total a node shared as evidence, with no file or row, and skips a half-formed row', async () => {
    const [listed] = (await list(peru, `?subject=PE:RUC:${TRADER}`)).items;
    assert.ok(listed);
    const total = {
      table: 'shared_aggregate',
      layout: 'PE',
      id: '2024-01 {"metal": "AU", "buyer": "PE:RUC:20100000017"}',
      role: 'gold bought, monthly total shared by the node',
      values: { node: 'PE', agreement: 'PE-HUB', version: 3, month: '2024-01', fineKg: 10 },
    };
    const halfFormed = { ...total, table: 'mineral_transaction' };
    await db.query('UPDATE alert SET evidence = evidence || $2::jsonb WHERE id = $1', [
      listed.id,
      JSON.stringify([total, halfFormed]),
    ]);
    const response = await app.inject({ method: 'GET', url: `/api/alerts/${listed.id}`, headers: peru });
    assert.equal(response.statusCode, 200, response.body);
    const shown = response.json<AlertDetail>().evidence.filter((item) => item.recordId === total.id);
    assert.deepEqual(shown, [
      { table: 'shared_aggregate', layout: 'PE', recordId: total.id, role: total.role, values: total.values },
    ]);
  });
});
