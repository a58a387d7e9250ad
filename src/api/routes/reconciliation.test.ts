import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';
import { loadTwoCountryWorld } from '../testing/two-country-world.js';

interface Figure {
  fineKg: number;
  usd: number | null;
  usdBasis: string | null;
}
interface Row {
  country: string;
  month: string;
  production: Figure;
  purchases: Figure;
  exports: Figure;
  partnerImports: Figure;
}

/** USD 2,000 a troy ounce, per fine kilogram. */
const USD_PER_KG = 2000 * 32.1507466;
const cents = (usd: number): number => Math.round(usd * 100) / 100;
const none: Figure = { fineKg: 0, usd: 0, usdBasis: null };

describeEachEngine('reconciliation route', (engine) => {
  let db: Database;
  let app: VetaApp;

  before(async () => {
    db = await engine.openMigrated();
    await loadTwoCountryWorld(db);
    app = await buildApp({ db });
  });
  after(() => app.close());

  const balance = async (query: string, headers: { authorization: string }): Promise<Row[]> => {
    const response = await app.inject({ method: 'GET', url: `/api/reconciliation${query}`, headers });
    assert.equal(response.statusCode, 200);
    return response.json<{ items: Row[] }>().items;
  };

  it('sums production, purchases, exports and partner imports by country and month, as computed by hand', async () => {
    const region = await signedIn(app, db, { role: 'viewer', countries: 'ALL' });
    assert.deepEqual(await balance('', region), [
      {
        country: 'CO',
        month: '2024-03',
        production: none,
        // 1,600 g of doré at 0.5: 0.8 kg fine, priced in pesos only, so valued at the reference.
        purchases: { fineKg: 0.8, usd: cents(0.8 * USD_PER_KG), usdBasis: 'reference' },
        // CO-DEX states 1 kg of doré: fine at the fineness of the gold bought in Colombia (0.5).
        exports: { fineKg: 0.5, usd: 50000, usdBasis: 'declared' },
        partnerImports: none,
      },
      {
        country: 'PE',
        month: '2024-01',
        production: { fineKg: 2, usd: cents(2 * USD_PER_KG), usdBasis: 'reference' },
        // 240,000 soles at 3.75 soles a dollar.
        purchases: { fineKg: 1, usd: 64000, usdBasis: 'declared' },
        exports: none,
        partnerImports: none,
      },
      {
        country: 'PE',
        month: '2024-02',
        production: { fineKg: 3, usd: cents(3 * USD_PER_KG), usdBasis: 'reference' },
        purchases: { fineKg: 0.5, usd: 32000, usdBasis: 'declared' },
        // 1.5 kg at 800 thousandths, FOB as declared.
        exports: { fineKg: 1.2, usd: 80000, usdBasis: 'declared' },
        // Switzerland's import from Peru, as it reports it.
        partnerImports: { fineKg: 1.3, usd: 90000, usdBasis: 'declared' },
      },
    ]);
    const later = await balance('?from=2024-02-01&to=2024-02-29', region);
    assert.deepEqual(
      later.map((row) => `${row.country} ${row.month}`),
      ['PE 2024-02'],
    );
    const colombia = await balance('?country=CO', region);
    assert.deepEqual(
      colombia.map((row) => `${row.country} ${row.month}`),
      ['CO 2024-03'],
    );
  });

  it('shows a Peruvian analyst no Colombian row, and refuses anonymous requests', async () => {
    const peru = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const rows = await balance('', peru);
    assert.deepEqual(
      rows.map((row) => `${row.country} ${row.month}`),
      ['PE 2024-01', 'PE 2024-02'],
    );
    assert.deepEqual(await balance('?country=CO', peru), []);
    const anonymous = await app.inject({ method: 'GET', url: '/api/reconciliation' });
    assert.equal(anonymous.statusCode, 401);
  });
});
