import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ROLES } from '../../access/actor.js';
import { barequeroSales } from '../../detect/testing/barequero-sales.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import type { RulesComparison, RulesWhatIf } from '../schemas/rules-schemas.js';
import { signedIn } from '../testing/signed-in.js';

describeEachEngine('GET /api/rules/compare', (engine) => {
  it('shows every signed-in role all four countries’ rules with their sources, whatever its scope', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    for (const role of ROLES) {
      const headers = await signedIn(app, db, { role, countries: ['PE'] });
      const response = await app.inject({ method: 'GET', url: '/api/rules/compare?on=2024-03-01', headers });
      assert.equal(response.statusCode, 200, `${role}: ${response.body}`);
      const answer = response.json<RulesComparison>();
      assert.equal(answer.day, '2024-03-01');
      assert.match(answer.version, /^\d+\.\d+\.\d+$/);
      const mercury = answer.topics.find((topic) => topic.topic.id === 'MERCURY_MINING_BAN');
      assert.ok(mercury, role);
      assert.deepEqual(Object.keys(mercury.countries), ['PE', 'CO', 'EC', 'BO']);
      assert.deepEqual(mercury.countries.CO, {
        value: true,
        source: { instrument: 'Ley 1658 de 2013', article: 'art. 3', date: '2013-07-15' },
        verified: false,
      });
      assert.equal(mercury.countries.EC, null);
      assert.equal(mercury.countries.PE?.note?.es.startsWith('El mercurio es un insumo controlado'), true);
      assert.deepEqual(mercury.strictest, { value: true, countries: ['CO'] });
      assert.match(mercury.greyZone?.es ?? '', /EC sin regla registrada/);
    }
    assert.equal((await app.inject({ method: 'GET', url: '/api/rules/compare' })).statusCode, 401);
    await app.close();
  });

  it('compares the rules in force on the day asked, today by default, and refuses a day that is not one', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const headers = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
    const get = (query: string) => app.inject({ method: 'GET', url: `/api/rules/compare${query}`, headers });
    const mercuryOf = (answer: RulesComparison) =>
      answer.topics.find((topic) => topic.topic.id === 'MERCURY_MINING_BAN')?.countries.CO;

    // Colombia's ban took force on 2018-07-15, five years after the law.
    const before = (await get('?on=2017-01-01')).json<RulesComparison>();
    assert.equal(mercuryOf(before), null);
    const byDefault = await get('');
    assert.equal(byDefault.statusCode, 200);
    const today = byDefault.json<RulesComparison>();
    assert.equal(today.day, new Date().toISOString().slice(0, 10));
    assert.equal(mercuryOf(today)?.value, true);

    for (const on of ['2024-02-30', 'yesterday']) {
      const refused = await get(`?on=${on}`);
      assert.equal(refused.statusCode, 400, on);
      const body = refused.json<{ code: string; message: string }>();
      assert.equal(body.code, 'USAGE');
      assert.match(body.message, /\bon\b/);
    }
    await app.close();
  });
});

describeEachEngine('GET /api/rules/what-if', (engine) => {
  it('counts the alerts each strictest rule would raise in the caller’s countries only, and none for an auditor', async () => {
    const db = await engine.openMigrated();
    await barequeroSales(db);
    const app = await buildApp({ db });
    const whatIf = async (countries: string[] | 'ALL', role: (typeof ROLES)[number] = 'viewer') =>
      app.inject({
        method: 'GET',
        url: '/api/rules/what-if?on=2024-06-01',
        headers: await signedIn(app, db, { role, countries }),
      });

    const regional = await whatIf('ALL');
    assert.equal(regional.statusCode, 200, regional.body);
    const answer = regional.json<RulesWhatIf>();
    assert.equal(answer.day, '2024-06-01');
    const monthly = answer.candidates.find((candidate) => candidate.topic.id === 'SUBSISTENCE_MONTHLY_CAP');
    assert.ok(monthly);
    assert.deepEqual(monthly.strictest, { value: 35, countries: ['CO'] });
    assert.equal(monthly.rule.hypothetical, true);
    assert.equal(monthly.rule.from, 'CO');
    // Regulatory arbitrage weighs every rule on gold; the caps' own detector reads the cap.
    assert.deepEqual(monthly.typologies, ['SUBSISTENCE_CAP_EXCEEDED', 'REGULATORY_ARBITRAGE']);
    assert.deepEqual(Object.keys(monthly.countries), ['PE', 'CO', 'EC', 'BO']);
    // The barequero sold 40.5 g in March: over the 35 g cap Colombia holds, today and as a standard.
    assert.deepEqual(monthly.countries.CO, {
      now: 1,
      strictest: 1,
      typologies: {
        SUBSISTENCE_CAP_EXCEEDED: { now: 1, strictest: 1 },
        REGULATORY_ARBITRAGE: { now: 0, strictest: 0 },
      },
    });

    const peruvian = (await whatIf(['PE'])).json<RulesWhatIf>();
    for (const candidate of peruvian.candidates) assert.deepEqual(Object.keys(candidate.countries), ['PE']);
    assert.equal((await whatIf(['PE'], 'auditor')).statusCode, 403);
    assert.equal((await app.inject({ method: 'GET', url: '/api/rules/what-if' })).statusCode, 401);
    const [stored] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM alert');
    assert.equal(stored?.count, 0);

    // The view is kept between visits, and counted again once more records are loaded.
    await barequeroSales(db, 2023);
    const reloaded = (await whatIf('ALL')).json<RulesWhatIf>();
    const after = reloaded.candidates.find((candidate) => candidate.topic.id === 'SUBSISTENCE_MONTHLY_CAP');
    assert.equal(after?.countries.CO?.now, 2);
    await app.close();
  });
});
