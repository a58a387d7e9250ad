import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout, WINDOWS_EXPORT } from '../testing/load-layout.js';
import { nomineeNetworkDetector } from './nominee-network.js';
import { entityRepository } from '../../store/entities/entity-repository.js';
import { runFullResolution } from '../../resolve/run-resolution.js';

const SETTINGS = settingsOf(nomineeNetworkDetector);

/** A company in SUNAT's register, represented by `dni`, at `address`. */
function company(ruc: string, dni: string, address: string): string {
  return `${ruc};COMERCIAL ORO ${ruc.slice(-3)} E.I.R.L.;EMPRESA INDIVIDUAL DE RESP. LTDA;ACTIVO;HABIDO;18/02/2021;4662;${address};AREQUIPA;DNI;${dni};CONDORI DÍAZ ROSA`;
}

function owner(ruc: string, dni: string, percent: number, via = ''): string {
  return `${ruc};DNI;${dni};CONDORI;DÍAZ;ROSA;PE;02/08/1996;PROPIEDAD;${percent};${via};23/06/2021`;
}

function purchase(buyer: string, fineGrams: number, receipt: string): string {
  return `15/03/2024;${buyer};20257319190;MINERA TAMBO S.A.C.;130400929;${(fineGrams / 0.9).toFixed(2)};900;${fineGrams.toFixed(2)};125619.18;3.75;TRANSFERENCIA;${receipt}`;
}

/** `count` companies fronted by one person, each buying a kilogram of fine gold in March 2024. */
async function network(
  db: Database,
  dni: string,
  rucs: readonly string[],
  address = 'JR. AYACUCHO 642',
): Promise<void> {
  await loadLayout(
    db,
    'PE-PADRON-RUC',
    rucs.map((ruc) => company(ruc, dni, address)),
    WINDOWS_EXPORT,
  );
  await loadLayout(
    db,
    'PE-BENEFICIARIO-FINAL',
    rucs.map((ruc) => owner(ruc, dni, 100)),
    WINDOWS_EXPORT,
  );
  await loadLayout(
    db,
    'PE-COMPRAS',
    rucs.map((ruc, i) => purchase(ruc, 1000, `E001-${i}`)),
    WINDOWS_EXPORT,
  );
  await loadLayout(db, 'GOLD-PRICE', ['2024-03,2000'], WINDOWS_EXPORT);
}

const THREE = ['20104517758', '20133497049', '20179077893'];

describeEachEngine('NOMINEE_NETWORK', (engine) => {
  it('fires when one person owns and represents three gold companies at one address, with each link as evidence', async () => {
    const db = await engine.openMigrated();
    await network(db, '13053468', THREE);
    const alerts = await nomineeNetworkDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:DNI:13053468', ...THREE.map((ruc) => `PE:RUC:${ruc}`)]);
    assert.deepEqual(alert?.period, { start: '2024-03-15', end: '2024-03-15' });
    assert.equal(alert?.figures.companiesAtOneAddress, 3);
    assert.equal(alert?.figures.fineKg, 3);
    // 3 kg of fine gold is 96.45 troy ounces at USD 2,000.
    assert.equal(Math.round(Number(alert?.figures.valueUsd)), 192_904);
    assert.match(
      alert?.explanation.en ?? '',
      /owner or legal representative of 3 companies .* 3 of them share one address\. They bought 3 kg of fine gold, about USD 192,904/,
    );
    assert.equal(alert?.evidence.length, 6);
    assert.deepEqual(
      new Set(alert?.evidence.map((item) => `${item.file}:${item.row}`)),
      new Set([
        'PE-PADRON-RUC.csv:2',
        'PE-PADRON-RUC.csv:3',
        'PE-PADRON-RUC.csv:4',
        'PE-BENEFICIARIO-FINAL.csv:2',
        'PE-BENEFICIARIO-FINAL.csv:3',
        'PE-BENEFICIARIO-FINAL.csv:4',
      ]),
    );
  });

  it('stays silent at two companies, the common case of a partner with two businesses', async () => {
    const db = await engine.openMigrated();
    await network(db, '13053468', THREE.slice(0, 2));
    assert.deepEqual(await nomineeNetworkDetector.run(db, SETTINGS), []);
  });

  it('counts a company owned by another of the same set as one group, not two unrelated companies', async () => {
    const db = await engine.openMigrated();
    await network(db, '13053468', THREE);
    // The person holds the third company through the first: two unrelated companies remain.
    await loadLayout(
      db,
      'PE-BENEFICIARIO-FINAL',
      [owner(THREE[2] ?? '', '13053468', 100, THREE[0])],
      WINDOWS_EXPORT,
    );
    assert.deepEqual(await nomineeNetworkDetector.run(db, SETTINGS), []);
  });

  it('ignores companies that trade no gold', async () => {
    const db = await engine.openMigrated();
    await loadLayout(
      db,
      'PE-PADRON-RUC',
      THREE.map((ruc) => company(ruc, '13053468', 'JR. AYACUCHO 642')),
      WINDOWS_EXPORT,
    );
    assert.deepEqual(await nomineeNetworkDetector.run(db, SETTINGS), []);
  });

  it('counts one person once under two documents when resolution joins them', async () => {
    const db = await engine.openMigrated();
    const [first, second, third] = THREE as [string, string, string];
    // Two companies under her DNI, a third under a second document: apart, neither reaches three.
    await loadLayout(
      db,
      'PE-PADRON-RUC',
      [
        company(first, '13053468', 'JR. AYACUCHO 642'),
        company(second, '13053468', 'JR. AYACUCHO 642'),
        company(third, '47125836', 'AV. EJÉRCITO 101'),
      ],
      WINDOWS_EXPORT,
    );
    await loadLayout(
      db,
      'PE-COMPRAS',
      THREE.map((ruc, i) => purchase(ruc, 1000, `E001-${String(i)}`)),
      WINDOWS_EXPORT,
    );
    assert.deepEqual(await nomineeNetworkDetector.run(db, SETTINGS), []);
    await entityRepository.judge(
      db,
      'PE-PADRON-RUC/PE:DNI:13053468',
      'PE-PADRON-RUC/PE:DNI:47125836',
      'CONFIRM',
      null,
    );
    await runFullResolution(db);
    const [alert, ...more] = await nomineeNetworkDetector.run(db, SETTINGS);
    assert.equal(more.length, 0);
    assert.deepEqual(alert?.subjects, [
      'PE:DNI:13053468',
      'PE:DNI:47125836',
      ...THREE.map((ruc) => `PE:RUC:${ruc}`),
    ]);
    assert.match(
      alert?.title.en ?? '',
      /^PE:DNI:13053468 \/ PE:DNI:47125836 owns or represents 3 unrelated gold companies/,
    );
  });
});
