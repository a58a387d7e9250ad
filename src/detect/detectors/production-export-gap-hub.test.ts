import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { goldExport, loadWithPrices as load } from '../testing/gold-lines.js';
import { shareTotals, type SharedCell } from '../testing/shared-totals.js';
import { productionExportGapDetector } from './production-export-gap.js';

const SETTINGS = settingsOf(productionExportGapDetector);
const TRADER = 'PE:RUC:20100000017';
const HONEST = 'PE:RUC:20100000025';
const MINE = 'PE:RUC:20100000084';

// At a hub: a node's export declarations arrive as rows; its purchases and production only as
// monthly totals by buyer and by declarant (as Colombia's example agreement shares them).
const bought = (buyer: string, month: string, fineKg: number): SharedCell => ({
  month,
  by: { metal: 'AU', buyer },
  count: 4,
  measures: { fineMassKg: String(fineKg), grossMassKg: String(fineKg / 0.8) },
});
const produced = (declarant: string, month: string, kg: number): SharedCell => ({
  month,
  by: { metal: 'AU', quantityIsFine: true, declarant, miningRight: null },
  count: 1,
  measures: { quantityKg: String(kg) },
});

async function exportsAtHub(db: Database): Promise<void> {
  await load(db, {
    'PE-DAM': [
      goldExport('20100000017', '20/01/2024', 11.6),
      goldExport('20100000017', '20/02/2024', 11.6),
      goldExport('20100000017', '20/03/2024', 11.6),
      goldExport('20100000025', '20/01/2024', 10),
      goldExport('20100000084', '20/01/2024', 100),
    ],
  });
}

const PURCHASES = [
  bought(TRADER, '2024-01', 10),
  bought(TRADER, '2024-02', 10),
  bought(TRADER, '2024-03', 10),
  bought(HONEST, '2024-01', 10),
];

describeEachEngine('PRODUCTION_EXPORT_GAP at a hub', (engine) => {
  it('weighs each exporter against the purchase and production totals shared by buyer and declarant', async () => {
    const db = await engine.openMigrated();
    await exportsAtHub(db);
    await shareTotals(db, 'PE', { recordType: 'MineralTransaction', version: 3 }, PURCHASES);
    await shareTotals(db, 'PE', { recordType: 'ProductionDeclaration', version: 3 }, [
      produced(MINE, '2024-01', 100),
    ]);
    const alerts = await productionExportGapDetector.run(db, SETTINGS);
    // The trader ships 34.8 kg on 30 bought; the honest trader and the mine balance.
    assert.deepEqual(
      alerts.map((alert) => alert.subjects),
      [[TRADER]],
    );
    const [alert] = alerts;
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-03-31' });
    assert.equal(alert?.figures.purchasesKg, 30);
    assert.ok(Math.abs(Number(alert?.figures.excessKg) - 4.8) < 1e-6);
    assert.match(alert?.explanation.es ?? '', /según los totales mensuales que compartió PE \(PE-HUB v3\)\./);
    assert.match(alert?.explanation.en ?? '', /from the monthly totals shared by PE \(PE-HUB v3\)\./);
    const totals = alert?.evidence.filter((item) => item.table === 'shared_aggregate') ?? [];
    assert.deepEqual(
      totals.map((item) => [
        item.role,
        item.values.node,
        item.values.agreement,
        item.values.version,
        item.values.month,
        item.values.cell,
        item.values.fineKg,
      ]),
      ['2024-01', '2024-02', '2024-03'].map((month) => [
        'gold bought, monthly total shared by the node',
        'PE',
        'PE-HUB',
        3,
        month,
        { metal: 'AU', buyer: TRADER },
        10,
      ]),
    );
    assert.deepEqual(
      alert?.evidence.filter((item) => item.role === 'gold export').map((item) => [item.file, item.row]),
      [
        ['PE-DAM.csv', 2],
        ['PE-DAM.csv', 3],
        ['PE-DAM.csv', 4],
      ],
    );
  });

  it('counts a producing exporter’s shared production: without it the mine would show a gap', async () => {
    const db = await engine.openMigrated();
    await exportsAtHub(db);
    await shareTotals(db, 'PE', { recordType: 'MineralTransaction', version: 3 }, PURCHASES);
    // Production of another declarant only: the mine's 100 kg exported have nothing behind them.
    await shareTotals(db, 'PE', { recordType: 'ProductionDeclaration', version: 3 }, [
      produced('PE:RUC:20100000114', '2024-01', 30),
    ]);
    const alerts = await productionExportGapDetector.run(db, SETTINGS);
    assert.deepEqual(alerts.map((alert) => alert.subjects).sort(), [[TRADER], [MINE]]);
  });

  it('assesses no exporter from totals a suppressing clause may have cut, nor without production or cadastre', async () => {
    const suppressed = await engine.openMigrated();
    await exportsAtHub(suppressed);
    await shareTotals(suppressed, 'PE', { recordType: 'MineralTransaction', minCount: 3 }, PURCHASES);
    await shareTotals(suppressed, 'PE', { recordType: 'ProductionDeclaration' }, [
      produced(MINE, '2024-01', 100),
    ]);
    assert.deepEqual(await productionExportGapDetector.run(suppressed, SETTINGS), []);

    // Purchases by buyer, but production only by region: the hub cannot tell a mine from a trader.
    const byRegion = await engine.openMigrated();
    await exportsAtHub(byRegion);
    await shareTotals(byRegion, 'PE', { recordType: 'MineralTransaction' }, PURCHASES);
    await shareTotals(byRegion, 'PE', { recordType: 'ProductionDeclaration' }, [
      {
        month: '2024-01',
        by: { metal: 'AU', quantityIsFine: true, 'adminArea.region': 'MADRE DE DIOS' },
        count: 3,
        measures: { quantityKg: '100' },
      },
    ]);
    assert.deepEqual(await productionExportGapDetector.run(byRegion, SETTINGS), []);
  });
});
