import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import type { AlertSummary } from '../schemas/alert-schemas.js';
import type { Overview } from '../schemas/overview-schemas.js';
import { loadAlertFixture, TRADER } from '../testing/alert-fixture.js';
import { signedIn } from '../testing/signed-in.js';

describeEachEngine('GET /api/overview and /api/typologies', (engine) => {
  it('counts unresolved alerts by severity and typology and sums what they put at stake, within scope', async () => {
    const db = await engine.openMigrated();
    await loadAlertFixture(db);
    const app = await buildApp({ db });
    const [peru, colombia, region] = await Promise.all([
      signedIn(app, db, { role: 'analyst', countries: ['PE'] }),
      signedIn(app, db, { role: 'analyst', countries: ['CO'] }),
      signedIn(app, db, { role: 'viewer', countries: 'ALL' }),
    ]);
    const overview = async (headers: { authorization: string }): Promise<Overview> => {
      const response = await app.inject({ method: 'GET', url: '/api/overview', headers });
      assert.equal(response.statusCode, 200, response.body);
      return response.json<Overview>();
    };

    const all = await overview(region);
    // Trader mass balance: USD 289,357 and 4.5 kg; structuring: USD 38,000 and 24,000 in cash.
    assert.deepEqual(all.unresolved, { alerts: 5, valueAtStakeUsd: 351_357, unaccountedFineKg: 4.5 });
    assert.deepEqual(
      all.bySeverity.map((row) => [row.severity, row.alerts]),
      [
        ['critical', 0],
        ['high', 1],
        ['medium', 0],
        ['low', 4],
      ],
    );
    assert.deepEqual(
      all.byTypology.map((row) => [row.typology, row.alerts, row.valueAtStakeUsd, row.unaccountedFineKg]),
      [
        ['STRUCTURING', 2, 62_000, 0],
        ['SUBSISTENCE_CAP_EXCEEDED', 2, 0, 0],
        ['TRADER_MASS_BALANCE', 1, 289_357, 4.5],
      ],
    );
    assert.deepEqual(all.byTypology[0]?.typologyName.en, 'Structuring');
    assert.deepEqual(all.figures.unaccountedFineKg, ['excessKg']);
    assert.equal((await overview(peru)).unresolved.valueAtStakeUsd, 351_357);
    assert.deepEqual((await overview(colombia)).unresolved, {
      alerts: 2,
      valueAtStakeUsd: 0,
      unaccountedFineKg: 0,
    });

    // A dismissed alert is no longer open work, and no longer counts as at stake.
    const supervisor = await signedIn(app, db, { role: 'supervisor', countries: ['PE'] });
    const listed = await app.inject({
      method: 'GET',
      url: `/api/alerts?subject=PE:RUC:${TRADER}`,
      headers: peru,
    });
    const id = listed.json<{ items: AlertSummary[] }>().items[0]?.id ?? '';
    for (const payload of [{ to: 'in_review' }, { to: 'dismissed', reason: 'stock from 2023' }]) {
      const moved = await app.inject({
        method: 'POST',
        url: `/api/alerts/${id}/transition`,
        headers: supervisor,
        payload,
      });
      assert.equal(moved.statusCode, 200, moved.body);
    }
    // The queue shows what the overview counts: `status=unresolved` lists exactly those alerts.
    const unresolved = await app.inject({
      method: 'GET',
      url: '/api/alerts?status=unresolved',
      headers: peru,
    });
    const page = unresolved.json<{ items: AlertSummary[]; total: number }>();
    assert.equal(page.total, 2);
    assert.ok(!page.items.some((alert) => alert.id === id), 'the dismissed alert is not unresolved');
    const after = await overview(peru);
    assert.deepEqual(after.unresolved, { alerts: 2, valueAtStakeUsd: 62_000, unaccountedFineKg: 0 });
    assert.deepEqual(after.byStatus, { open: 2, in_review: 0, escalated: 0, dismissed: 1, closed: 0 });
    assert.equal((await app.inject({ method: 'GET', url: '/api/overview' })).statusCode, 401);
    await app.close();
  });

  it('serves the typology catalogue in both languages', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const viewer = await signedIn(app, db, { role: 'viewer', countries: ['BO'] });
    const response = await app.inject({ method: 'GET', url: '/api/typologies', headers: viewer });
    assert.equal(response.statusCode, 200);
    const catalogue = response.json<{
      version: string;
      total: number;
      items: { code: string; name: { es: string; en: string }; status: string; thresholds: object }[];
      pillars: { code: string }[];
    }>();
    assert.equal(catalogue.total, catalogue.items.length);
    assert.ok(catalogue.items.length >= 21);
    const structuring = catalogue.items.find((item) => item.code === 'STRUCTURING');
    assert.deepEqual(structuring?.name, { es: 'Fraccionamiento', en: 'Structuring' });
    assert.ok(catalogue.pillars.some((pillar) => pillar.code === 'FINANCIAL_INTELLIGENCE'));
    assert.equal((await app.inject({ method: 'GET', url: '/api/typologies' })).statusCode, 401);
    await app.close();
  });
});
