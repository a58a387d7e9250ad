import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { goldExport, loadWithPrices as load, purchase } from '../testing/gold-lines.js';
import { productionExportGapDetector } from './production-export-gap.js';

const SETTINGS = settingsOf(productionExportGapDetector);
describeEachEngine('PRODUCTION_EXPORT_GAP', (engine) => {
  it('fires on an exporter shipping 1.16 times the fine gold it bought in a quarter, and not on one that balances', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-COMPRAS': [
        purchase('20100000017', '05/01/2024', 10000),
        purchase('20100000017', '05/02/2024', 10000),
        purchase('20100000017', '05/03/2024', 10000),
        purchase('20100000025', '05/01/2024', 10000),
      ],
      'PE-DAM': [
        goldExport('20100000017', '20/01/2024', 11.6),
        goldExport('20100000017', '20/02/2024', 11.6),
        goldExport('20100000017', '20/03/2024', 11.6),
        goldExport('20100000025', '20/01/2024', 10),
      ],
    });
    const alerts = await productionExportGapDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20100000017']);
    assert.equal(alert?.country, 'PE');
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-03-31' });
    assert.equal(alert?.figures.purchasesKg, 30);
    assert.ok(Math.abs(Number(alert?.figures.exportsKg) - 34.8) < 1e-6);
    assert.ok(Math.abs(Number(alert?.figures.excessKg) - 4.8) < 1e-6);
    assert.equal(alert?.severity, 'low');
    assert.match(
      alert?.explanation.es ?? '',
      /exportó 34,8 kg de oro fino; compró 30 kg, declaró producir 0 kg y traía 0 kg de existencias: 4,8 kg exportados/,
    );
    assert.match(alert?.explanation.en ?? '', /about USD 308,647 at the monthly gold price/);
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row, item.role]),
      [
        ['PE-COMPRAS.csv', 2, 'gold bought'],
        ['PE-DAM.csv', 2, 'gold export'],
        ['PE-COMPRAS.csv', 3, 'gold bought'],
        ['PE-DAM.csv', 3, 'gold export'],
        ['PE-COMPRAS.csv', 4, 'gold bought'],
        ['PE-DAM.csv', 4, 'gold export'],
      ],
    );
  });

  it('respects the 5 % tolerance and the USD 100,000 floor: just under stays silent, just over fires', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-COMPRAS': [
        purchase('20100000033', '05/01/2024', 300000),
        purchase('20100000041', '05/01/2024', 300000),
        purchase('20100000050', '05/01/2024', 10000),
        purchase('20100000068', '05/01/2024', 10000),
      ],
      'PE-DAM': [
        // 1.05 times purchases: at the tolerance.
        goldExport('20100000033', '20/02/2024', 315),
        // 1.051 times: past it, 15.3 kg in excess.
        goldExport('20100000041', '20/02/2024', 315.3),
        // 1.5 kg in excess: USD 96,452, under the floor.
        goldExport('20100000050', '20/02/2024', 11.5),
        // 1.6 kg in excess: USD 102,882, over it.
        goldExport('20100000068', '20/02/2024', 11.6),
      ],
    });
    const alerts = await productionExportGapDetector.run(db, SETTINGS);
    assert.deepEqual(alerts.map((alert) => alert.subjects[0]).sort(), [
      'PE:RUC:20100000041',
      'PE:RUC:20100000068',
    ]);
  });

  it('counts the stock carried from earlier quarters and the exporter’s own declared production', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-COMPRAS': [
        purchase('20100000076', '05/12/2023', 20000),
        purchase('20100000076', '05/01/2024', 10000),
      ],
      // The traders' gold comes from mines too: the country balances.
      'PE-PRODUCCION': [
        '202401;010012318;20100000084;MINERA TEST S.A.C.;MEDIANA MINERIA;AU;100;KG',
        '202401;010012319;20100000114;MINERA OTRA S.A.C.;PEQUEÑO PRODUCTOR;AU;30000;G',
      ],
      'PE-DAM': [
        goldExport('20100000076', '20/12/2023', 10),
        goldExport('20100000076', '20/01/2024', 20),
        goldExport('20100000084', '20/01/2024', 100),
      ],
    });
    assert.deepEqual(await productionExportGapDetector.run(db, SETTINGS), []);
  });

  it('fires on a country-year exporting more than its declared production, naming the unbacked exporter', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-COMPRAS': [purchase('20100000092', '05/03/2024', 1000)],
      'PE-PRODUCCION': ['202403;010012318;20100000084;MINERA TEST S.A.C.;MEDIANA MINERIA;AU;100;KG'],
      'PE-DAM': [
        goldExport('20100000084', '20/03/2024', 100),
        goldExport('20100000092', '20/03/2024', 1),
        goldExport('20100000106', '20/06/2024', 20),
      ],
    });
    const alerts = await productionExportGapDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.figures.scope, alert.subjects, alert.period.start, alert.period.end]),
      [
        ['EXPORTER', ['PE:RUC:20100000106'], '2024-04-01', '2024-06-30'],
        ['COUNTRY', ['PE', 'PE:RUC:20100000106'], '2024-01-01', '2024-12-31'],
      ],
    );
    const country = alerts[1];
    assert.match(
      country?.explanation.es ?? '',
      /En 2024 PE exportó 121 kg de oro fino frente a 100 kg de producción declarada y 0 kg importados: 21 kg sin origen declarado/,
    );
    assert.deepEqual(
      country?.evidence.map((item) => [item.file, item.row]),
      [
        ['PE-DAM.csv', 2],
        ['PE-DAM.csv', 3],
        ['PE-DAM.csv', 4],
      ],
    );
  });
});
