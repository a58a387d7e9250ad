import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadWithPrices as load, purchase } from '../testing/gold-lines.js';
import { traderMassBalanceDetector } from './trader-mass-balance.js';

const SETTINGS = settingsOf(traderMassBalanceDetector);
const EXPORTER = '20100000122';

describeEachEngine('TRADER_MASS_BALANCE', (engine) => {
  it('fires on a trader selling 1.15 times the fine gold it bought in a quarter, and not on one that balances', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-COMPRAS': [
        purchase('20100000017', '05/01/2024', 10000),
        purchase('20100000017', '05/02/2024', 10000),
        purchase('20100000017', '05/03/2024', 10000),
        purchase(EXPORTER, '27/01/2024', 11500, '20100000017'),
        purchase(EXPORTER, '27/02/2024', 11500, '20100000017'),
        purchase(EXPORTER, '27/03/2024', 11500, '20100000017'),
        purchase('20100000025', '05/01/2024', 10000),
        purchase(EXPORTER, '27/01/2024', 10000, '20100000025'),
      ],
    });
    const alerts = await traderMassBalanceDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20100000017']);
    assert.equal(alert?.country, 'PE');
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-03-31' });
    assert.equal(alert?.figures.salesKg, 34.5);
    assert.equal(alert?.figures.purchasesKg, 30);
    assert.equal(alert?.figures.excessKg, 4.5);
    assert.equal(alert?.severity, 'low');
    assert.match(
      alert?.explanation.es ?? '',
      /vendió 34,5 kg y exportó 0 kg de oro fino; compró 30 kg, declaró producir 0 kg y traía 0 kg de existencias: 4,5 kg salieron sin documento de origen \(1,15 veces las entradas/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row, item.role]),
      [
        ['PE-COMPRAS.csv', 2, 'gold bought'],
        ['PE-COMPRAS.csv', 5, 'gold sold'],
        ['PE-COMPRAS.csv', 3, 'gold bought'],
        ['PE-COMPRAS.csv', 6, 'gold sold'],
        ['PE-COMPRAS.csv', 4, 'gold bought'],
        ['PE-COMPRAS.csv', 7, 'gold sold'],
      ],
    );
  });

  it('respects the 5 % and 0.1 kg tolerance: just under stays silent, just over fires', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-COMPRAS': [
        purchase('20100000033', '05/01/2024', 10000),
        purchase('20100000041', '05/01/2024', 10000),
        // 10 kg x 1.05 + 0.1 kg = 10.6 kg: at the tolerance.
        purchase(EXPORTER, '27/01/2024', 10600, '20100000033'),
        // 10 g past it.
        purchase(EXPORTER, '27/01/2024', 10610, '20100000041'),
      ],
    });
    const alerts = await traderMassBalanceDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects[0]),
      ['PE:RUC:20100000041'],
    );
  });

  it('counts the stock carried in from earlier quarters', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-COMPRAS': [
        purchase('20100000050', '05/12/2023', 20000),
        purchase(EXPORTER, '27/12/2023', 10000, '20100000050'),
        purchase('20100000050', '05/01/2024', 10000),
        purchase(EXPORTER, '27/01/2024', 20000, '20100000050'),
      ],
    });
    assert.deepEqual(await traderMassBalanceDetector.run(db, SETTINGS), []);
  });
});
