import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout } from '../testing/load-layout.js';
import { subsistenceCapExceededDetector } from './subsistence-cap-exceeded.js';

const SETTINGS = settingsOf(subsistenceCapExceededDetector);
let sequence = 0;

/** A certificate of origin for a sale by a barequero, in Colombian notation (decimal comma). */
function sale(seller: string, date: string, grams: string, buyer = '900987654'): string {
  sequence += 1;
  return `CO-2024-${sequence};${date};${buyer};CC;${seller};MARÍA MOSQUERA PEÑA;BAREQUERO;BAREQUEO;QUIBDÓ;ORO;${grams};0,85;1.000.000`;
}

/** Certificates of origin in Latin-1, as the Colombian agency exports them. */
async function load(db: Database, lines: readonly string[]): Promise<void> {
  await loadLayout(db, 'CO-CERTIFICADOS-ORIGEN', lines, { encoding: 'latin1' });
}

describeEachEngine('SUBSISTENCE_CAP_EXCEEDED', (engine) => {
  it('fires when a barequero sells past 35 g in a month across several buyers, with each sale as evidence', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      sale('1077123456', '05/03/2024', '20', '900987654'),
      sale('1077123456', '20/03/2024', '20,5', '901234567'),
    ]);
    const alerts = await subsistenceCapExceededDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['CO:CC:1077123456']);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    assert.equal(alert?.figures.buyers, 2);
    assert.equal(alert?.severity, 'low');
    assert.match(
      alert?.explanation.es ?? '',
      /vendió 40,5 g de oro en 2024-03 en 2 ventas a 2 compradores; el tope mensual es 35 g/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row]),
      [
        ['CO-CERTIFICADOS-ORIGEN.csv', 2],
        ['CO-CERTIFICADOS-ORIGEN.csv', 3],
      ],
    );
  });

  it('stays silent at the cap and within the tolerance, and fires just past it', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      sale('11111111', '05/03/2024', '35'),
      sale('22222222', '05/03/2024', '35,5'),
      sale('33333333', '05/03/2024', '35,6'),
    ]);
    const alerts = await subsistenceCapExceededDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects[0]),
      ['CO:CC:33333333'],
    );
  });

  it('fires on the yearly cap when every month stays within the monthly one', async () => {
    const db = await engine.openMigrated();
    const year = (seller: string, grams: string): string[] =>
      Array.from({ length: 12 }, (_, index) =>
        sale(seller, `10/${String(index + 1).padStart(2, '0')}/2024`, grams),
      );
    // 12 x 35 g = 420 g is at the yearly cap; 12 x 35.5 g = 426 g is past it, though no month is.
    await load(db, [...year('44444444', '35'), ...year('55555555', '35,5')]);
    const alerts = await subsistenceCapExceededDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.period.start, alert.period.end, alert.figures.span]),
      [['CO:CC:55555555', '2024-01-01', '2024-12-31', 'YEAR']],
    );
  });
});
