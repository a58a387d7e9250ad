import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout } from '../testing/load-layout.js';
import { assayMismatchDetector } from './assay-mismatch.js';

const SETTINGS = settingsOf(assayMismatchDetector);
let sequence = 0;

/** A Peruvian doré export of `netKg` at `ley` thousandths; returns the row and its DAM number. */
function dam(ruc: string, netKg: string, ley: string): { row: string; number: string } {
  sequence += 1;
  const number = `235-2024-40-${String(sequence).padStart(6, '0')}`;
  const row = `${number};40;15/03/2024;${ruc};EXPORTADORA ${ruc} S.A.C.;7108120000;ORO EN BRUTO (DORE);CH;235;${netKg};${netKg};${ley};1000000;;VALCAMBI SA`;
  return { row, number };
}

/** A fire assay of a lot: gold in g/t (1,000,000 is pure), by an accredited lab unless told. */
function assay(lot: string, auGT: string, accredited = 'Y'): string {
  sequence += 1;
  return `S-${String(sequence)},PE,${lot},LAB-PE-001,${accredited},FIRE ASSAY,2024-03-12T10:00:00-05:00,2024-03-14T10:00:00-05:00,${auGT},50000,0.5,0.1,,5,,,`;
}

describeEachEngine('ASSAY_MISMATCH', (engine) => {
  it('fires when an export declares a lower fineness than the accredited assay of the same lot', async () => {
    const db = await engine.openMigrated();
    const lot = dam('20600000013', '10', '800');
    await loadLayout(db, 'PE-DAM', [lot.row]);
    await loadLayout(db, 'LAB-ASSAYS', [assay(lot.number, '900000')]);
    const alerts = await assayMismatchDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20600000013']);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    assert.equal(alert?.severity, 'medium');
    assert.match(
      alert?.explanation.es ?? '',
      /1 exportaciones de oro de PE:RUC:20600000013 con ensayo acreditado del mismo lote declaran 8 kg de oro fino; los ensayos hallan 9 kg\. La mayor diferencia de ley es 11,1 % de la ensayada \(tolerancia 3 %\): la declaración oculta 1 kg de oro fino\./,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['customs_declaration', 'PE-DAM.csv', 2],
        ['assay', 'LAB-ASSAYS.csv', 2],
      ],
    );
  });

  it('respects the relative and absolute tolerances and ignores unaccredited labs', async () => {
    const db = await engine.openMigrated();
    const under = dam('20600000021', '10', '874'); // 2.9 % below 900: silent
    const over = dam('20600000030', '10', '872'); // 3.1 % below 900: fires
    const lowGrade = dam('20600000048', '10', '191'); // 4.5 % but 9 thousandths below 200: silent
    const unaccredited = dam('20600000056', '10', '500');
    await loadLayout(db, 'PE-DAM', [under.row, over.row, lowGrade.row, unaccredited.row]);
    await loadLayout(db, 'LAB-ASSAYS', [
      assay(under.number, '900000'),
      assay(over.number, '900000'),
      assay(lowGrade.number, '200000'),
      assay(unaccredited.number, '900000', 'N'),
    ]);
    const alerts = await assayMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.severity]),
      [['PE:RUC:20600000030', 'low']],
    );
  });

  it('names seller and buyer of a purchase, and skips a lot reference two buyers share', async () => {
    const db = await engine.openMigrated();
    const purchase = (buyer: string, seller: string, receipt: string): string =>
      `10/03/2024;${buyer};${seller};PEÑA QUISPE JUAN;650001122;1000;800;800;200000.00;3.75;TRANSFERENCIA;${receipt}`;
    await loadLayout(db, 'PE-COMPRAS', [
      purchase('20600000064', '10412345679', 'E001-000001'),
      purchase('20600000064', '10432156783', 'E001-000002'),
      purchase('20600000072', '10723456717', 'E001-000002'),
    ]);
    await loadLayout(db, 'LAB-ASSAYS', [assay('E001-000001', '900000'), assay('E001-000002', '900000')]);
    const alerts = await assayMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects),
      [['PE:RUC:10412345679', 'PE:RUC:20600000064']],
    );
    assert.match(alerts[0]?.explanation.en ?? '', /1 gold purchases by PE:RUC:10412345679/);
  });
});
