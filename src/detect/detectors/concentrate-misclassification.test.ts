import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout } from '../testing/load-layout.js';
import { concentrateMisclassificationDetector } from './concentrate-misclassification.js';

const SETTINGS = settingsOf(concentrateMisclassificationDetector);
let sequence = 0;

interface Lot {
  ruc: string;
  hs: string;
  netKg: string;
  ley: string;
  fobUsd: string;
  assay: { au: string; ag?: string; cu?: string };
}

function damRow(lot: Lot, number: string): string {
  return `${number};40;15/03/2024;${lot.ruc};EXPORTADORA ${lot.ruc} S.A.C.;${lot.hs};CONCENTRADO;CN;046;${lot.netKg};${lot.netKg};${lot.ley};${lot.fobUsd};;SMELTER`;
}

function assayRow(lot: Lot, number: string): string {
  const { au, ag = '', cu = '' } = lot.assay;
  return `S-${number},PE,${number},LAB-PE-001,Y,FIRE ASSAY,2024-03-12T10:00:00-05:00,2024-03-14T10:00:00-05:00,${au},${ag},${cu},,,,,,`;
}

/** Loads March 2024 prices (gold 2,000 USD/ozt; copper 8,000 USD/t; silver 25 USD/ozt), the lots and their assays. */
async function load(db: Database, lots: Lot[]): Promise<void> {
  const numbers = lots.map(() => {
    sequence += 1;
    return `046-2024-40-${String(sequence).padStart(6, '0')}`;
  });
  await loadLayout(db, 'GOLD-PRICE', ['2024-03,2000.000']);
  await loadLayout(db, 'METAL-PRICE', ['2024-03,8000,2500,25000,25']);
  await loadLayout(db, 'PE-DAM', [...lots.map((lot, i) => damRow(lot, numbers[i] ?? ''))]);
  await loadLayout(db, 'LAB-ASSAYS', [...lots.map((lot, i) => assayRow(lot, numbers[i] ?? ''))]);
}

describeEachEngine('CONCENTRATE_MISCLASSIFICATION', (engine) => {
  it('fires when a precious-metal concentrate declaration is doré by its assay', async () => {
    const db = await engine.openMigrated();
    // 10 kg at a token 0.05 thousandths, 20,000 USD; the assay finds 85 % gold: 8.5 kg fine, 546,563 USD.
    await load(db, [
      {
        ruc: '20600000013',
        hs: '2616900000',
        netKg: '10',
        ley: '0.05',
        fobUsd: '20000',
        assay: { au: '850000' },
      },
    ]);
    const alerts = await concentrateMisclassificationDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:20600000013']);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    // 526,563 USD at stake is a medium value; doré in disguise is at least high.
    assert.equal(alert?.severity, 'high');
    assert.match(
      alert?.explanation.es ?? '',
      /declaró 10 kg de concentrado \(HS 261690, 1 declaraciones\) por 20\.000 USD FOB; el ensayo del mismo lote halla 85 % de oro \(8,5 kg de oro fino\), una ley que solo alcanza el doré \(mínimo 10 %\)\. Su contenido vale 546\.563 USD a precios de referencia: lo declarado es 3,7 %\. Valor en juego: 526\.563 USD\./,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['customs_declaration', 'PE-DAM.csv', 2],
        ['assay', 'LAB-ASSAYS.csv', 2],
        ['reference_price', 'METAL-PRICE.csv', 2],
        ['reference_price', 'GOLD-PRICE.csv', 2],
        ['reference_price', 'METAL-PRICE.csv', 2],
        ['reference_price', 'METAL-PRICE.csv', 2],
        ['reference_price', 'METAL-PRICE.csv', 2],
      ],
    );
  });

  it('calls doré from 10 % gold on, and stays silent just under it when the value holds', async () => {
    const db = await engine.openMigrated();
    // 1 kg lots: 9.9 % gold is 6,366 USD of metal, too little at stake to alert on value alone.
    await load(db, [
      {
        ruc: '20600000021',
        hs: '2616900000',
        netKg: '1',
        ley: '0.05',
        fobUsd: '100',
        assay: { au: '99000' },
      },
      {
        ruc: '20600000030',
        hs: '2616900000',
        netKg: '1',
        ley: '0.05',
        fobUsd: '100',
        assay: { au: '100000' },
      },
    ]);
    const alerts = await concentrateMisclassificationDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.dore]),
      [['PE:RUC:20600000030', 'yes']],
    );
  });

  it('sets a copper concentrate’s declared value against its payable metals, past the tolerance', async () => {
    const db = await engine.openMigrated();
    // 250 t at 25 % Cu, 2 g/t Au, 50 g/t Ag: 542,198 USD contained, 487,978 USD payable at 90 %.
    const assay = { au: '2', ag: '50', cu: '25' };
    await load(db, [
      { ruc: '20600000048', hs: '2603000000', netKg: '250000', ley: '', fobUsd: '341585', assay },
      { ruc: '20600000056', hs: '2603000000', netKg: '250000', ley: '', fobUsd: '390382', assay },
    ]);
    const alerts = await concentrateMisclassificationDetector.run(db, SETTINGS);
    // 70 % of the payable value is past the 25 % tolerance; 80 % is within it.
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.dore, alert.severity]),
      [['PE:RUC:20600000048', 'no', 'low']],
    );
    assert.match(
      alerts[0]?.explanation.en ?? '',
      /the payable metals by the assay of the same lot are worth 487,978 USD at reference prices: the declared value is 70 % of it \(tolerance ±25 %\)\. Value at stake: 146,393 USD\./,
    );
  });
});
