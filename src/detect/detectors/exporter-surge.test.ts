import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { goldExport } from '../testing/gold-lines.js';
import { loadLayout, loadLayouts } from '../testing/load-layout.js';
import { sharePurchaseTotals } from '../testing/shared-totals.js';
import { exporterSurgeDetector } from './exporter-surge.js';

const SETTINGS = settingsOf(exporterSurgeDetector);
/** One export on the 15th of each month from `first` to `last` (months of one year, 1-12). */
function monthly(exporter: string, year: number, fineKg: number, first = 1, last = 12): string[] {
  return Array.from({ length: last - first + 1 }, (_, index) =>
    goldExport(exporter, `15/${String(first + index).padStart(2, '0')}/${String(year)}`, fineKg),
  );
}

/** One CO-DEX gold export a month of a year, `grossKg` of doré with no fineness declared. */
function dexMonthly(nit: string, year: number, grossKg: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = String(index + 1).padStart(2, '0');
    return `60170${nit.slice(-4)}${String(year)}${month};15/${month}/${String(year)};${nit};7;COMERCIALIZADORA ANDINA S.A.S.;7108120000;ORO DORE;SUIZA;MEDELLIN;${String(grossKg)};100000`;
  });
}

describeEachEngine('EXPORTER_SURGE', (engine) => {
  it('at a hub, weighs gross Colombian exports by the purchase totals Colombia shares, and cannot without them', async () => {
    const exports = [...dexMonthly('900111222', 2023, 1), ...dexMonthly('900111222', 2024, 15)];
    const withTotals = await engine.openMigrated();
    await loadLayout(withTotals, 'CO-DEX', exports, { encoding: 'latin1' });
    await sharePurchaseTotals(withTotals, 'CO', [
      { month: '2023-05', fineKg: 6, grossKg: 8 },
      { month: '2024-05', fineKg: 2, grossKg: 2.5 },
    ]);
    const alerts = await exporterSurgeDetector.run(withTotals, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.period.start, alert.figures.fineKgPerMonth]),
      // 15 kg of doré a month at the totals' 8 / 10.5 fineness, against 1 kg in 2023.
      [['CO:NIT:900111222', '2024-01-01', (15 * 8) / 10.5]],
    );
    const withoutTotals = await engine.openMigrated();
    await loadLayout(withoutTotals, 'CO-DEX', exports, { encoding: 'latin1' });
    assert.deepEqual(await exporterSurgeDetector.run(withoutTotals, SETTINGS), []);
  });

  it('fires on exports up tenfold year on year, and not on 9.9 times', async () => {
    const db = await engine.openMigrated();
    await loadLayouts(db, {
      'PE-DAM': [
        ...monthly('20100000017', 2023, 1),
        ...monthly('20100000017', 2024, 10),
        ...monthly('20100000025', 2023, 1),
        ...monthly('20100000025', 2024, 9.9),
      ],
    });
    const alerts = await exporterSurgeDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20100000017']);
    assert.equal(alert?.country, 'PE');
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-12-31' });
    assert.equal(alert?.figures.rule, 'GROWTH');
    assert.equal(alert?.figures.fineKgPerMonth, 10);
    assert.equal(alert?.severity, 'medium');
    assert.match(
      alert?.explanation.es ?? '',
      /exportó 120 kg de oro fino en 2024, 10 kg al mes en 12 meses con datos de aduana, frente a 12 kg en 2023 \(1 kg al mes en 12 meses\): 10 veces/,
    );
    const rows = alert?.evidence.map((item) => [item.file, item.row]) ?? [];
    assert.equal(rows.length, 24);
    assert.deepEqual(rows[0], ['PE-DAM.csv', 2]);
    assert.deepEqual(rows[23], ['PE-DAM.csv', 25]);
  });

  it('needs 50 kg a year after a jump from nothing: 48 kg stays silent, 50.4 kg fires', async () => {
    const db = await engine.openMigrated();
    await loadLayouts(db, {
      'PE-DAM': [
        ...monthly('20100000050', 2023, 1),
        ...monthly('20100000050', 2024, 1),
        ...monthly('20100000033', 2024, 4),
        ...monthly('20100000041', 2024, 4.2),
      ],
    });
    const alerts = await exporterSurgeDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.rule]),
      [['PE:RUC:20100000041', 'GROWTH']],
    );
  });

  it('fires on a company among the top quarter of exporters in its first year, and not on a small newcomer', async () => {
    const db = await engine.openMigrated();
    const registered = (ruc: string): string =>
      `${ruc};EXPORTADORA NUEVA S.A.C.;SOCIEDAD ANONIMA;ACTIVO;HABIDO;01/06/2024;4662;AV. LIMA 123;LIMA;DNI;45678901;PEREZ QUISPE JUAN`;
    await loadLayouts(db, {
      'PE-PADRON-RUC': [registered('20100000068'), registered('20100000076')],
      'PE-DAM': [
        ...['20100000084', '20100000092', '20100000106'].flatMap((ruc) => [
          ...monthly(ruc, 2023, 1),
          ...monthly(ruc, 2024, 1),
        ]),
        ...monthly('20100000068', 2024, 3, 7, 12),
        ...monthly('20100000076', 2024, 0.5, 7, 12),
      ],
    });
    const alerts = await exporterSurgeDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20100000068']);
    // Its first year is measured from its first export, in July.
    assert.deepEqual(alert?.period, { start: '2024-07-01', end: '2024-12-31' });
    assert.equal(alert?.figures.rule, 'FIRST_YEAR');
    assert.equal(alert?.figures.rank, 1);
    assert.equal(alert?.figures.exporters, 5);
    assert.match(
      alert?.explanation.es ?? '',
      /se registró el 2024-06-01 y entre 2024-07-01 y 2024-12-31 exportó 18 kg de oro fino \(3 kg al mes en 6 meses con datos de aduana\): puesto 1\/5/,
    );
    const evidence = alert?.evidence.map((item) => [item.file, item.row, item.role]) ?? [];
    assert.equal(evidence.length, 7);
    assert.deepEqual(evidence[0], ['PE-PADRON-RUC.csv', 2, 'registration']);
  });

  it('measures a newly registered exporter from its first export, in a year it joined late; an old company that starts late over the whole year', async () => {
    const db = await engine.openMigrated();
    // Registered in June, shipping 5 kg a month from October: 60 kg a year once it ships, so a
    // jump from nothing; spread over the year it would be 15 kg, under the 50 kg minimum.
    const company = (ruc: string, registered: string): string =>
      `${ruc};EXPORTADORA ÑAÑA S.A.C.;SOCIEDAD ANONIMA;ACTIVO;HABIDO;${registered};4662;AV. LIMA 123;LIMA;DNI;45678901;PEREZ QUISPE JUAN`;
    await loadLayouts(db, {
      'PE-PADRON-RUC': [company('20100000114', '15/06/2023'), company('20100000122', '10/03/2012')],
      'PE-DAM': [
        ...['20100000084', '20100000092', '20100000106', '20100000130'].flatMap((ruc) => [
          ...monthly(ruc, 2022, 20),
          ...monthly(ruc, 2023, 20),
        ]),
        ...monthly('20100000114', 2023, 5, 10, 12),
        ...monthly('20100000122', 2023, 5, 10, 12),
      ],
    });
    const alerts = await exporterSurgeDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [
        alert.subjects[0],
        alert.figures.rule,
        alert.figures.months,
        alert.figures.fineKgPerMonth,
      ]),
      [['PE:RUC:20100000114', 'GROWTH', 3, 5]],
    );
  });
});
