import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayouts } from '../testing/load-layout.js';
import { capacityExceededDetector } from './capacity-exceeded.js';

const SETTINGS = settingsOf(capacityExceededDetector);
let sequence = 0;

/** A small Colombian title approved for `capacityG` grams of gold a month, held by CC `holder`. */
function titulo(code: string, holder: string, capacityG: string): string {
  return `${code};LICENCIA DE EXPLOTACION;VIGENTE;CC ${holder} MARÍA MOSQUERA PEÑA;ORO;120,5;CHOCÓ;TADÓ;12/11/2015;${capacityG};`;
}

/** A certificate of origin for gold of fineness 0.5 sold by the holder citing the title. */
function certificado(code: string, holder: string, date: string, grossG: string): string {
  sequence += 1;
  return `CO-2024-${sequence};${date};900987654;CC;${holder};MARÍA MOSQUERA PEÑA;TITULAR MINERO;${code};TADÓ;ORO;${grossG};0,5;100.000.000`;
}

function regalia(quarter: string, code: string, holder: string, grams: string): string {
  return `${quarter};${code};CC;${holder};ORO;${grams};GRAMOS;200.000;1.000.000;TADÓ`;
}

describeEachEngine('CAPACITY_EXCEEDED', (engine) => {
  it('fires when sales and declarations citing a title pass its monthly capacity, with each record as evidence', async () => {
    const db = await engine.openMigrated();
    await loadLayouts(
      db,
      {
        'CO-TITULOS': [titulo('ABC-123', '1077123456', '1.000'), titulo('DEF-456', '52123456', '1.000')],
        'CO-CERTIFICADOS-ORIGEN': [
          // 1,500 g of fine gold in March 2024 against 1,000 g a month.
          certificado('ABC-123', '1077123456', '05/03/2024', '1.600'),
          certificado('ABC-123', '1077123456', '25/03/2024', '1.400'),
          // 900 g in April: within capacity.
          certificado('ABC-123', '1077123456', '05/04/2024', '1.800'),
          certificado('DEF-456', '52123456', '05/03/2024', '1.800'),
        ],
        // 4,000 g declared for a quarter whose capacity is 3,000 g; the other title declares 2,500 g.
        'CO-REGALIAS': [
          regalia('2024-T1', 'ABC-123', '1077123456', '4.000'),
          regalia('2024-T1', 'DEF-456', '52123456', '2.500'),
        ],
      },
      { encoding: 'latin1' },
    );
    const alerts = await capacityExceededDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['CO:MR:ABC-123', 'CO:CC:1077123456']);
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-03-31' });
    assert.equal(alert?.severity, 'medium');
    assert.equal(alert?.figures.outputOverCapacity, 1.5);
    assert.equal(alert?.figures.soldKg, 1.5);
    assert.equal(alert?.figures.declaredKg, 4);
    assert.match(
      alert?.explanation.es ?? '',
      /es 1000 g por mes \(1 kg finos al mes\)\. Las ventas que lo citan sumaron 1,5 kg finos en 1 mes sobre la capacidad \(1 kg autorizados, 1\.50 veces\)\. Sus declaraciones sumaron 4 kg finos en 3 meses sobre la capacidad \(3 kg autorizados, 1\.33 veces\)/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['mining_right', 'CO-TITULOS.csv', 2],
        ['production_declaration', 'CO-REGALIAS.csv', 2],
        ['mineral_transaction', 'CO-CERTIFICADOS-ORIGEN.csv', 2],
        ['mineral_transaction', 'CO-CERTIFICADOS-ORIGEN.csv', 3],
      ],
    );
  });

  it('stays silent at capacity plus the 5 % tolerance and fires just past it', async () => {
    const db = await engine.openMigrated();
    await loadLayouts(
      db,
      {
        'CO-TITULOS': [titulo('GHI-001', '11111111', '1.000'), titulo('GHI-002', '22222222', '1.000')],
        // 1,050 g fine is the tolerance's edge; 1,060 g is past it.
        'CO-CERTIFICADOS-ORIGEN': [
          certificado('GHI-001', '11111111', '05/03/2024', '2.100'),
          certificado('GHI-002', '22222222', '05/03/2024', '2.120'),
        ],
      },
      { encoding: 'latin1' },
    );
    const alerts = await capacityExceededDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.severity, alert.period.start]),
      [['CO:MR:GHI-002', 'low', '2024-03-01']],
    );
  });
});
