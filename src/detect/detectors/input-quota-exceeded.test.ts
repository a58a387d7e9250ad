import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { inputQuotaExceededDetector } from './input-quota-exceeded.js';
import { loadLayout } from '../testing/load-layout.js';
import { settingsOf } from '../testing/settings.js';

const SETTINGS = settingsOf(inputQuotaExceededDetector);

async function load(db: Database, lines: string[]): Promise<void> {
  await loadLayout(db, 'PE-BIENES-FISCALIZADOS', lines);
}

describeEachEngine('INPUT_QUOTA_EXCEEDED', (engine) => {
  it('fires when a month of deliveries passes the quota, mercury one level up, with each delivery as evidence', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      '04/03/2024;10412345679;MERCURIO;7;KG;650001122;MADRE DE DIOS;10',
      '18/03/2024;10412345679;MERCURIO;5;KG;650001122;MADRE DE DIOS;10',
      '04/04/2024;10412345679;MERCURIO;9;KG;650001122;MADRE DE DIOS;10',
    ]);
    const alerts = await inputQuotaExceededDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:10412345679', 'PE:MR:650001122']);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    assert.equal(alert?.figures.ratio, 1.2);
    // 1.2x is low by the bands; mercury raises it to medium.
    assert.equal(alert?.severity, 'medium');
    assert.match(alert?.explanation.es ?? '', /12 kg de mercurio \(cupo 10 kg, 1,2 veces\)/);
    assert.match(alert?.explanation.en ?? '', /12 kg of mercury \(quota 10 kg, 1.2 times\)/);
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row]),
      [
        ['PE-BIENES-FISCALIZADOS.csv', 2],
        ['PE-BIENES-FISCALIZADOS.csv', 3],
      ],
    );
  });

  it('stays silent within the quota and without one', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      '04/03/2024;20131312955;CIANURO DE SODIO;1000;KG;010012318;LA LIBERTAD;2000',
      '07/03/2024;20131312955;EXPLOSIVOS;150;UND;010012318;LA LIBERTAD;',
    ]);
    assert.deepEqual(await inputQuotaExceededDetector.run(db, SETTINGS), []);
  });

  it('tolerates 2 % over the quota and fires just past it, in litres from gallons', async () => {
    const db = await engine.openMigrated();
    // 100 GL quota = 378.5 L; 102 GL is at the tolerance, 102.1 GL just past it.
    await load(db, [
      '04/03/2024;10412345679;DIESEL;102;GL;650001122;MADRE DE DIOS;100',
      '04/03/2024;20131312955;DIESEL;102.1;GL;010012318;LA LIBERTAD;100',
    ]);
    const alerts = await inputQuotaExceededDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.unit, alert.severity]),
      [['PE:RUC:20131312955', 'L', 'low']],
    );
  });
});
