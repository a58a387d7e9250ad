import { it } from 'node:test';
import assert from 'node:assert/strict';
import { loadRiskWeights } from '../../risk/risk-weights.js';
import { runScoring } from '../../risk/run-scoring.js';
import { loadRiskWorld, storeAlerts, WORLD, worldAlert } from '../../risk/testing/risk-world.js';
import { auditRepository } from '../../store/audit/audit-repository.js';
import type { Database } from '../../store/engine/database.js';
import { entityQueries } from '../../store/entities/entity-queries.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';

interface Summary {
  kind: string;
  id: string;
  country: string | null;
  score: number;
  rank: number;
  strongest: { code: string; points: number }[];
}

interface Detail extends Summary {
  contributions: { code: string; name: { en: string }; points: number; weight: number; value: number }[];
  run: { id: number };
  history: { runId: number; score: number }[];
}

interface Page {
  items: Summary[];
  total: number;
}

/** The risk world with alerts on a Peruvian and a Colombian exporter, scored once. */
async function scoredWorld(db: Database): Promise<void> {
  await loadRiskWorld(db);
  await storeAlerts(db, [
    worldAlert('UNDER_VALUATION', 'critical', [WORLD.companyA], { score: 1 }),
    worldAlert('EXPORTER_SURGE', 'high', [WORLD.colombian]),
  ]);
  await runScoring(db, {
    weights: loadRiskWeights(),
    asOf: '2024-03-31',
    now: new Date('2025-01-10T08:00:00Z'),
  });
}

async function get(app: VetaApp, url: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'GET', url, headers });
}

const detailUrl = (kind: string, id: string): string => `/api/risk/${kind}/${encodeURIComponent(id)}`;

describeEachEngine('risk API', (engine) => {
  it("shows a Peruvian analyst Peru's subjects only: a Colombian one is neither listed nor found", async () => {
    const db = await engine.openMigrated();
    await scoredWorld(db);
    const app = await buildApp({ db });
    const peru = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });

    const list = await get(app, '/api/risk?kind=exporter', peru);
    assert.equal(list.statusCode, 200, list.body);
    const page = list.json<Page>();
    assert.deepEqual(
      page.items.map((item) => [item.id, item.country]),
      [
        [WORLD.companyA, 'PE'],
        // B bought from a seller whose RUC fails its check digit.
        [WORLD.companyB, 'PE'],
      ],
    );
    assert.equal(page.total, 2);
    const all = (await get(app, '/api/risk?limit=200', peru)).json<Page>();
    assert.ok(all.items.length > 0 && all.items.every((item) => item.country === 'PE'));
    assert.equal((await get(app, '/api/risk?country=CO', peru)).json<Page>().total, 0);

    const hidden = await get(app, detailUrl('exporter', WORLD.colombian), peru);
    assert.equal(hidden.statusCode, 404);
    assert.equal(hidden.json<{ code: string }>().code, 'NOT_FOUND');
    assert.equal((await get(app, detailUrl('corridor', WORLD.corridorColombia), peru)).statusCode, 404);
    await app.close();
  });

  it('shows a regional user every country, and a subject with the contributions that make its score', async () => {
    const db = await engine.openMigrated();
    await scoredWorld(db);
    const app = await buildApp({ db });
    const region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });

    const page = (await get(app, '/api/risk?kind=exporter', region)).json<Page>();
    assert.deepEqual(
      page.items.map((item) => item.id).sort(),
      [WORLD.colombian, WORLD.companyA, WORLD.companyB].sort(),
    );

    const response = await get(app, detailUrl('corridor', WORLD.corridorColombia), region);
    assert.equal(response.statusCode, 200, response.body);
    const corridor = response.json<Detail>();
    assert.equal(corridor.country, 'CO');
    assert.equal(corridor.contributions[0]?.name.en, 'Exporter surge');
    const points = corridor.contributions.reduce((sum, item) => sum + item.points, 0);
    assert.ok(Math.abs(points - corridor.score) < 1e-9);
    assert.deepEqual(
      corridor.history.map((entry) => entry.runId),
      [corridor.run.id],
    );

    const exporter = (await get(app, detailUrl('exporter', WORLD.companyA), region)).json<Detail>();
    // A critical alert of score 1 whose period ended 31 days before the as-of day.
    assert.deepEqual(
      exporter.contributions.map((item) => [item.code, item.weight, item.value.toFixed(6)]),
      [['UNDER_VALUATION', 0.6, (0.5 ** (31 / 365)).toFixed(6)]],
    );
    assert.equal(exporter.rank, 1);
    const trail = await auditRepository.list(
      db,
      { countries: 'ALL', agency: null },
      { limit: 50, offset: 0 },
    );
    assert.ok(
      trail.items.some((event) => event.action === 'risk.read' && event.subjectId === WORLD.companyA),
      'reading a score is audited',
    );
    await app.close();
  });

  it('tells what became new since a date, within the reader’s scope', async () => {
    const db = await engine.openMigrated();
    await scoredWorld(db);
    const app = await buildApp({ db });
    const peru = await signedIn(app, db, { role: 'viewer', countries: ['PE'] });
    const region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });

    type Feed = { subjects: { id: string; change: string; country: string | null }[]; baselineRun: null };
    const national = await get(app, '/api/early-warning?since=2025-01-01', peru);
    assert.equal(national.statusCode, 200, national.body);
    const fresh = national.json<Feed>().subjects;
    assert.ok(fresh.some((subject) => subject.id === WORLD.companyA && subject.change === 'new'));
    assert.ok(fresh.every((subject) => subject.country === 'PE'));
    const regional = (await get(app, '/api/early-warning?since=2025-01-01', region)).json<Feed>();
    assert.ok(regional.subjects.some((subject) => subject.id === WORLD.colombian));
    assert.equal((await get(app, '/api/early-warning?since=2025-13-01', region)).statusCode, 400);
    assert.equal((await get(app, '/api/early-warning', region)).statusCode, 400);
    await app.close();
  });

  it("puts an entity's latest score on its profile and on its node in a network", async () => {
    const db = await engine.openMigrated();
    await scoredWorld(db);
    const app = await buildApp({ db });
    const region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
    const entity = await entityQueries.find(db, WORLD.companyA);
    assert.ok(entity);
    const score = (await get(app, detailUrl('entity', entity.id), region)).json<Detail>().score;
    assert.ok(score > 0);

    const profile = await get(app, `/api/entities/${entity.id}`, region);
    assert.equal(profile.statusCode, 200, profile.body);
    assert.equal(profile.json<{ risk: number | null }>().risk, score);
    const network = (await get(app, `/api/entities/${entity.id}/network`, region)).json<{
      nodes: { id: string; risk: number | null }[];
    }>();
    assert.equal(network.nodes.find((node) => node.id === entity.id)?.risk, score);
    const unscored = await entityQueries.find(db, WORLD.companyC);
    assert.ok(unscored);
    assert.equal(
      (await get(app, `/api/entities/${unscored.id}`, region)).json<{ risk: number | null }>().risk,
      null,
    );
    await app.close();
  });

  it('answers 401 to an anonymous request', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    for (const url of ['/api/risk', detailUrl('entity', 'E1'), '/api/early-warning?since=2025-01-01'])
      assert.equal((await get(app, url)).statusCode, 401, url);
    await app.close();
  });
});
