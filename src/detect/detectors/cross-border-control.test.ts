import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout, WINDOWS_EXPORT } from '../testing/load-layout.js';
import { crossBorderControlDetector } from './cross-border-control.js';

const SETTINGS = settingsOf(crossBorderControlDetector);
const PE_COMPANY = '20446685032';
const CO_COMPANY = '901480378';

interface Holding {
  peDocument?: [string, string];
  coBirth?: string;
  coShare?: string;
  coCondition?: string;
  coDocument?: [string, string];
}

/**
 * Martha Colque, DNI 69143415 in Peru's beneficial-ownership register, owns a Peruvian gold buyer;
 * Colombia's RUB lists her under a passport with a stake in a Colombian one. Both companies buy gold.
 */
async function load(db: Database, holding: Holding = {}): Promise<void> {
  await loadLayout(
    db,
    'PE-BENEFICIARIO-FINAL',
    [
      `${PE_COMPANY};${(holding.peDocument ?? ['DNI', '69143415']).join(';')};COLQUE;MEJÍA;MARTHA PATRICIA;PE;11/07/1985;PROPIEDAD;65;;23/06/2021`,
    ],
    WINDOWS_EXPORT,
  );
  const [kind, number] = holding.coDocument ?? ['PA', 'B53285681'];
  await loadLayout(
    db,
    'CO-RUB',
    [
      `${CO_COMPANY};${kind};${number};COLQUE MEJÍA MARTHA PATRICIA;PERU;${holding.coBirth ?? '11/07/1985'};${holding.coShare ?? '30'};${holding.coCondition ?? 'TITULARIDAD'};;10/03/2011`,
    ],
    { ...WINDOWS_EXPORT, encoding: 'latin1' },
  );
  await loadLayout(
    db,
    'PE-COMPRAS',
    [
      `15/03/2024;${PE_COMPANY};20257319190;MINERA TAMBO S.A.C.;130400929;1111.11;900;1000.00;125619.18;3.75;TRANSFERENCIA;E001-1`,
    ],
    WINDOWS_EXPORT,
  );
  await loadLayout(
    db,
    'CO-CERTIFICADOS-ORIGEN',
    [
      `CO-2024-1;05/03/2024;${CO_COMPANY};CC;1077123456;MARÍA MOSQUERA PEÑA;BAREQUERO;BAREQUEO;QUIBDÓ;ORO;30;0,85;1.000.000`,
    ],
    { ...WINDOWS_EXPORT, encoding: 'latin1' },
  );
}

describeEachEngine('CROSS_BORDER_CONTROL', (engine) => {
  it('fires when one person holds gold companies in Peru and Colombia under a DNI and a passport', async () => {
    const db = await engine.openMigrated();
    await load(db);
    const alerts = await crossBorderControlDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, [
      'CO:PASSPORT:B53285681',
      'PE:DNI:69143415',
      `CO:NIT:${CO_COMPANY}`,
      `PE:RUC:${PE_COMPANY}`,
    ]);
    assert.match(
      alert?.explanation.en ?? '',
      /under documents CO:PASSPORT:B53285681, PE:DNI:69143415; .* in CO, PE/,
    );
    // No exports yet: hidden control is medium at the least.
    assert.equal(alert?.severity, 'medium');
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row]),
      [
        ['CO-RUB.csv', 2],
        ['PE-BENEFICIARIO-FINAL.csv', 2],
      ],
    );
  });

  it('stays silent on open ownership: the same passport declared in both registers', async () => {
    const db = await engine.openMigrated();
    await load(db, { peDocument: ['PASAPORTE', 'B53285681'] });
    assert.deepEqual(await crossBorderControlDetector.run(db, SETTINGS), []);
  });

  it('stays silent on namesakes born on different days', async () => {
    const db = await engine.openMigrated();
    await load(db, { coBirth: '12/07/1985' });
    assert.deepEqual(await crossBorderControlDetector.run(db, SETTINGS), []);
  });

  it('stays silent on a stake under the 10 % beneficial-ownership threshold, and fires at it', async () => {
    const under = await engine.openMigrated();
    await load(under, { coShare: '9' });
    assert.deepEqual(await crossBorderControlDetector.run(under, SETTINGS), []);
    const at = await engine.openMigrated();
    await load(at, { coShare: '10' });
    assert.equal((await crossBorderControlDetector.run(at, SETTINGS)).length, 1);
  });

  it('fires on control without a stake', async () => {
    const db = await engine.openMigrated();
    await load(db, { coShare: '', coCondition: 'CONTROL' });
    assert.equal((await crossBorderControlDetector.run(db, SETTINGS)).length, 1);
  });
});
