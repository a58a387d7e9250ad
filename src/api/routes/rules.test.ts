import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ROLES } from '../../access/actor.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import type { RulesComparison } from '../schemas/rules-schemas.js';
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
