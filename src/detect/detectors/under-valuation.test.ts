import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout } from '../testing/load-layout.js';
import { underValuationDetector } from './under-valuation.js';

const SETTINGS = settingsOf(underValuationDetector);
// 2,000 USD per troy ounce in March 2024 keeps the arithmetic readable.
const PRICE = 2000;
const GRAMS_PER_OZT = 31.1034768;
let sequence = 0;

/** The FOB value at which `fineKg` of gold sells at `ratio` of the reference price. */
function fobAt(fineKg: number, ratio: number): string {
  return ((fineKg * 1000 * PRICE * ratio) / GRAMS_PER_OZT).toFixed(2);
}

/** A Peruvian gold export (DAM, regime 40) of doré: net kg, fineness in thousandths, FOB in USD. */
function dam(ruc: string, netKg: string, ley: string, fobUsd: string, date = '15/03/2024'): string {
  sequence += 1;
  const number = `235-2024-40-${String(sequence).padStart(6, '0')}`;
  return `${number};40;${date};${ruc};EXPORTADORA ${ruc} S.A.C.;7108120000;ORO EN BRUTO (DORE);CH;235;${netKg};${netKg};${ley};${fobUsd};;VALCAMBI SA`;
}

async function loadExports(db: Database, lines: string[]): Promise<void> {
  await loadLayout(db, 'GOLD-PRICE', ['2024-02,1990.000', `2024-03,${String(PRICE)}.000`]);
  await loadLayout(db, 'PE-DAM', lines);
}

describeEachEngine('UNDER_VALUATION', (engine) => {
  it('fires when an exporter declares its fine gold far below the month’s reference price', async () => {
    const db = await engine.openMigrated();
    // 10 kg of doré at 950 thousandths is 305.4 fine ounces, worth 610,864 USD at 2,000 USD/ozt.
    await loadExports(db, [dam('20600000013', '10', '950', '400000')]);
    const alerts = await underValuationDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20600000013']);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    assert.equal(alert?.severity, 'medium');
    assert.equal(Math.round(Number(alert?.figures.valueAtStakeUsd)), 210864);
    assert.equal(alert?.figures.fineSource, 'DECLARED');
    assert.match(
      alert?.explanation.es ?? '',
      /exportó 305,4 onzas troy finas \(según la ley declarada\) en 2024-03 por 400\.000 USD FOB: 1309,62 USD\/ozt, 65,5 % del precio de referencia de 2000 USD\/ozt \(mínimo 90 %\).*Valor en juego: 210\.864 USD\./,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['customs_declaration', 'PE-DAM.csv', 2],
        ['reference_price', 'GOLD-PRICE.csv', 3],
      ],
    );
  });

  it('stays silent at a fair price and respects the price ratio and value-at-stake thresholds', async () => {
    const db = await engine.openMigrated();
    await loadExports(db, [
      dam('20600000021', '10', '950', fobAt(9.5, 0.99)),
      // Just above 90 % of the reference: silent; just below: fires (value at stake about 61,700 USD).
      dam('20600000030', '10', '950', fobAt(9.5, 0.901)),
      dam('20600000048', '10', '950', fobAt(9.5, 0.899)),
      // Far below the price, but little gold: 2 kg fine puts 51,441 USD at stake and fires, 1.9 kg does not.
      dam('20600000056', '2', '1000', fobAt(2, 0.6)),
      dam('20600000064', '1.9', '1000', fobAt(1.9, 0.6)),
    ]);
    const alerts = await underValuationDetector.run(db, SETTINGS);
    assert.deepEqual(alerts.map((alert) => alert.subjects[0]).sort(), [
      'PE:RUC:20600000048',
      'PE:RUC:20600000056',
    ]);
  });

  it('fires below the peers’ inter-quartile fence even above the price ratio', async () => {
    const db = await engine.openMigrated();
    const peers = ['20600000072', '20600000081', '20600000099', '20600000102', '20600000111'];
    const ratios = [0.985, 0.988, 0.99, 0.992, 0.995, 0.996, 0.997];
    const lines = ratios.map((ratio, index) =>
      dam(peers[index % peers.length] ?? '', '20', '900', fobAt(18, ratio)),
    );
    // 95 % of the price passes the 90 % floor, but lies below Q1 - 1.5 IQR of the month's 8 declarations.
    lines.push(dam('20600000129', '40', '950', fobAt(38, 0.95)));
    await loadExports(db, lines);
    const alerts = await underValuationDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.peers, alert.severity]),
      [['PE:RUC:20600000129', 8, 'low']],
    );
    assert.match(
      alert0(alerts).explanation.en,
      /the lower fence of 8 declarations that month \(Q1 − k × IQR\) is 1,950\.5 USD\/ozt/,
    );
  });

  it('brings Colombian gross weights to fine by the fineness of the gold the exporter bought', async () => {
    const db = await engine.openMigrated();
    const certificates = [
      'CO-2024-0000001;05/03/2024;900987654;NIT;900123456;MINERA EL ROBLE S.A.S.;TITULAR MINERO;HCV-08081;SEGOVIA;ORO;10.000;0,8;1.000.000',
      'CO-2024-0000002;06/03/2024;901555333;NIT;900123456;MINERA EL ROBLE S.A.S.;TITULAR MINERO;HCV-08081;SEGOVIA;ORO;10.000;0,8;1.000.000',
    ];
    const dex = [
      // 10 kg of doré at 0.8 is 257.2 fine ounces (514,408 USD); taken as fine it would be 643,010 USD.
      `6017012345678;20/03/2024;900987654;7;COMERCIALIZADORA ANDINA S.A.S.;7108120000;ORO DORE;SUIZA;MEDELLIN;10;${fobAt(8, 0.97).replace('.', ',')}`,
      `6017012345679;21/03/2024;901555333;8;FUNDICION EL DORADO S.A.S.;7108120000;ORO DORE;SUIZA;MEDELLIN;10;${fobAt(8, 0.7).replace('.', ',')}`,
    ];
    await loadLayout(db, 'GOLD-PRICE', [`2024-03,${String(PRICE)}.000`]);
    await loadLayout(db, 'CO-CERTIFICADOS-ORIGEN', certificates, { encoding: 'latin1' });
    await loadLayout(db, 'CO-DEX', dex, { encoding: 'latin1' });
    const alerts = await underValuationDetector.run(db, SETTINGS);
    // The first exporter's 97 % holds on fine content; the second's 70 % does not.
    assert.deepEqual(
      alerts.map((alert) => [
        alert.subjects[0],
        alert.figures.fineSource,
        Math.round(Number(alert.figures.fineOzt)),
      ]),
      [['CO:NIT:901555333', 'PURCHASES', 257]],
    );
  });
});

function alert0<T>(alerts: readonly T[]): T {
  const [first] = alerts;
  assert.ok(first);
  return first;
}
