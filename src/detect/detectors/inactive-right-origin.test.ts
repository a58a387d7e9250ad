import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { HEADERS, loadLayouts, type Layout } from '../testing/load-layout.js';
import {
  BUILTIN_PROFILES_DIR,
  loadProfiles,
  type LoadedProfile,
} from '../../ingest/profiles/load-profiles.js';
import { inactiveRightOriginDetector } from './inactive-right-origin.js';

const SETTINGS = settingsOf(inactiveRightOriginDetector);
const BUYER = '20100000017';
const SELLER = '10123456781';
const WKT = 'POLYGON((-70.1 -12.9, -70.0 -12.9, -70.0 -12.8, -70.1 -12.8, -70.1 -12.9))';
// 2,000 USD per troy ounce: a gram of fine gold is worth 64.30 USD.
const PRICES = ['2024-01,2000', '2024-02,2000', '2024-03,2000'];
let receipt = 0;

function catastro(code: string, status: string, endedOn = ''): string {
  return `${code};DERECHO ${code};JUAN PEÑA QUISPE;${SELLER};${status};METALICA;100;MADRE DE DIOS;TAMBOPATA;INAMBARI;01/01/2010;${WKT};${endedOn}`;
}

function compra(code: string, date: string, fineGrams: number, seller = SELLER): string {
  receipt += 1;
  const gross = (fineGrams / 0.9).toFixed(2);
  return `${date};${BUYER};${seller};PEÑA QUISPE JUAN;${code};${gross};900;${fineGrams.toFixed(2)};1000.00;3.75;EFECTIVO;E001-${String(receipt).padStart(6, '0')}`;
}

// A cadastre export that also gives the date a right was extinguished: a variant of PE-CATASTRO,
// supported, as every variant is, by a profile alone.
function profilesWithExtinctionDate(): LoadedProfile[] {
  const profile = parse(readFileSync(join(BUILTIN_PROFILES_DIR, 'PE-CATASTRO.yaml'), 'utf8')) as {
    records: { fields: Record<string, unknown> }[];
  };
  const [right] = profile.records;
  if (right) right.fields.endedOn = { use: 'date', column: 'FECHA_EXTINCION' };
  const dir = mkdtempSync(join(tmpdir(), 'veta-profiles-'));
  writeFileSync(join(dir, 'PE-CATASTRO.yaml'), stringify(profile));
  return loadProfiles(dir);
}

// Every cadastre file here also gives the date a right was extinguished.
async function load(
  db: Database,
  files: Partial<Record<Layout, readonly string[]>>,
  profiles?: readonly LoadedProfile[],
): Promise<void> {
  await loadLayouts(db, files, {
    headers: { 'PE-CATASTRO': `${HEADERS['PE-CATASTRO']};FECHA_EXTINCION` },
    profiles,
  });
}

function reinfo(code: string, status: string): string {
  return `${SELLER};PEÑA QUISPE JUAN;${code};DERECHO ${code};MADRE DE DIOS;TAMBOPATA;INAMBARI;${status};15/06/2019`;
}

describeEachEngine('INACTIVE_RIGHT_ORIGIN', (engine) => {
  it('fires on purchases citing an extinct right, with the right and each purchase as evidence', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'GOLD-PRICE': PRICES,
      'PE-CATASTRO': [
        catastro('010000001', 'TITULADO'),
        catastro('010000002', 'EXTINGUIDO'),
        catastro('010000003', 'EN TRAMITE'),
        catastro('010000004', 'EN TRAMITE'),
      ],
      'PE-REINFO': [reinfo('010000003', 'VIGENTE')],
      'PE-COMPRAS': [
        compra('010000001', '05/02/2024', 500),
        compra('010000002', '05/02/2024', 300),
        compra('010000002', '20/03/2024', 200),
        compra('010000003', '05/02/2024', 500),
      ],
    });
    const alerts = await inactiveRightOriginDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:MR:010000002', `PE:RUC:${BUYER}`, `PE:RUC:${SELLER}`]);
    assert.deepEqual(alert?.period, { start: '2024-02-05', end: '2024-03-20' });
    assert.equal(alert?.severity, 'low');
    assert.equal(alert?.figures.fineKg, 0.5);
    assert.equal(Math.round(Number(alert?.figures.valueUsd)), 32151);
    assert.match(
      alert?.explanation.es ?? '',
      /registró 2 compras entre 2024-02-05 y 2024-03-20 por 0,5 kg finos de AU \(32\.151 USD\) que citan como origen PE:MR:010000002, pero en esas fechas el derecho está extinguido\. El registro no fecha el cambio de estado/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['mining_right', 'PE-CATASTRO.csv', 3],
        ['mineral_transaction', 'PE-COMPRAS.csv', 3],
        ['mineral_transaction', 'PE-COMPRAS.csv', 4],
      ],
    );
  });

  it('fires on a right in process only when no active formalisation registration covers it', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'GOLD-PRICE': PRICES,
      'PE-CATASTRO': [
        catastro('010000003', 'EN TRAMITE'),
        catastro('010000004', 'EN TRAMITE'),
        catastro('010000005', 'EN TRAMITE'),
      ],
      'PE-REINFO': [reinfo('010000003', 'VIGENTE'), reinfo('010000005', 'SUSPENDIDO')],
      'PE-COMPRAS': [
        compra('010000003', '05/02/2024', 500),
        compra('010000004', '05/02/2024', 500),
        compra('010000005', '05/02/2024', 500),
      ],
    });
    const alerts = await inactiveRightOriginDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.reasons]),
      [
        ['PE:MR:010000004', 'RIGHT_IN_PROCESS'],
        ['PE:MR:010000005', 'RIGHT_IN_PROCESS,SELLER_SUSPENDED'],
      ],
    );
    assert.match(alerts[1]?.explanation.en ?? '', /the seller's registration is suspended/);
  });

  it('stays silent below 1,000 USD per buyer and right, and fires just above', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'GOLD-PRICE': PRICES,
      'PE-CATASTRO': [catastro('010000006', 'EXTINGUIDO'), catastro('010000007', 'EXTINGUIDO')],
      // 15 g of fine gold are worth 964.5 USD; 15.6 g, 1,003.1 USD.
      'PE-COMPRAS': [compra('010000006', '05/02/2024', 15), compra('010000007', '05/02/2024', 15.6)],
    });
    const alerts = await inactiveRightOriginDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects[0]),
      ['PE:MR:010000007'],
    );
  });

  it('counts an extinction only from its date plus the 15-day grace period', async () => {
    const db = await engine.openMigrated();
    await load(
      db,
      {
        'GOLD-PRICE': PRICES,
        'PE-CATASTRO': [
          catastro('010000008', 'EXTINGUIDO', '01/03/2024'),
          catastro('010000009', 'EXTINGUIDO', '01/03/2024'),
          catastro('010000010', 'EXTINGUIDO', '01/03/2024'),
        ],
        'PE-COMPRAS': [
          compra('010000008', '20/02/2024', 500),
          compra('010000009', '16/03/2024', 500),
          compra('010000010', '17/03/2024', 500),
        ],
      },
      profilesWithExtinctionDate(),
    );
    const alerts = await inactiveRightOriginDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.period.start]),
      [['PE:MR:010000010', '2024-03-17']],
    );
  });
});
