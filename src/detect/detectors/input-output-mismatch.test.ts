import { it } from 'node:test';
import assert from 'node:assert/strict';
import { peRucCheckDigit } from '@veta/standard';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { inputOutputMismatchDetector, mismatchAlert, type Mismatch } from './input-output-mismatch.js';
import type { WindowGap } from './input-output-windows.js';
import { loadLayout } from '../testing/load-layout.js';
import { settingsOf } from '../testing/settings.js';

const SETTINGS = settingsOf(inputOutputMismatchDetector);
const MONTHS = [1, 2, 3, 4, 5, 6];

/** The right code and the holder's RUC (a person's, prefix 10) of the n-th test mine. */
function mine(n: number): { code: string; ruc: string } {
  const firstTen = `104${String(n).padStart(7, '0')}`;
  return {
    code: `6500000${String(n).padStart(2, '0')}`,
    ruc: `${firstTen}${String(peRucCheckDigit(firstTen))}`,
  };
}

/**
 * An artisanal mine in Madre de Dios declaring 1 kg of fine gold a month from January to June 2024
 * and receiving 1.5 kg of mercury a month (the peers' 1.5 kg per kg), times `factor` from March on;
 * `mercury: false` for a mine that receives none.
 */
function activity(n: number, factor = 1, mercury = true): { production: string[]; inputs: string[] } {
  const { code, ruc } = mine(n);
  return {
    production: MONTHS.map(
      (m) => `20240${String(m)};${code};${ruc};MINERO ${String(n)};PRODUCTOR ARTESANAL;AU;1000;G`,
    ),
    inputs: mercury
      ? MONTHS.map((m) => {
          const kg = (1.5 * (m >= 3 ? factor : 1)).toFixed(2);
          return `05/0${String(m)}/2024;${ruc};MERCURIO;${kg};KG;${code};MADRE DE DIOS;10`;
        })
      : [],
  };
}

async function load(
  db: Database,
  mines: { production: string[]; inputs: string[] }[],
  cadastre: number[] = [],
) {
  const peers = [1, 2, 3, 4, 5].map((n) => activity(n));
  const all = [...peers, ...mines];
  await loadLayout(
    db,
    'PE-PRODUCCION',
    all.flatMap((m) => m.production),
  );
  await loadLayout(
    db,
    'PE-BIENES-FISCALIZADOS',
    all.flatMap((m) => m.inputs),
  );
  const rights = cadastre.map((n) => {
    const { code, ruc } = mine(n);
    return `${code};MINA ${String(n)};MINERO ${String(n)};${ruc};TITULADO;METALICA;100;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;`;
  });
  await loadLayout(db, 'PE-CATASTRO', rights);
}

describeEachEngine('INPUT_OUTPUT_MISMATCH', (engine) => {
  it('fires when a mine receives four times its peers’ mercury per kg of gold, with deliveries and declarations as evidence', async () => {
    const db = await engine.openMigrated();
    await load(db, [activity(6, 4)]);
    const alerts = await inputOutputMismatchDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, [`PE:MR:${mine(6).code}`, `PE:RUC:${mine(6).ruc}`]);
    // Windows ending April to June are at least 2.5 times the median; the first of them starts in February.
    assert.deepEqual(alert?.period, { start: '2024-02-01', end: '2024-06-30' });
    assert.equal(alert?.figures.foldFromPeers, 4);
    assert.equal(alert?.figures.direction, 'INPUTS_ABOVE_PEERS');
    assert.equal(alert?.severity, 'medium');
    assert.match(
      alert?.explanation.es ?? '',
      /recibió 18 kg de mercurio y declaró 3 kg de oro fino en los 3 meses a 2024-05 \(6 kg\/kg\), frente a una mediana de 1,5 kg\/kg de 6 pares/,
    );
    const rows = alert?.evidence.map((item) => [item.file, item.row]) ?? [];
    // February to June: five deliveries and five declarations of the sixth mine (rows 33-37 in both files).
    assert.equal(rows.length, 10);
    assert.deepEqual(rows[0], ['PE-BIENES-FISCALIZADOS.csv', 33]);
    assert.ok(rows.some(([file, row]) => file === 'PE-PRODUCCION.csv' && row === 37));
  });

  it('stays silent at 2.4 times the peers and fires at 2.6', async () => {
    const db = await engine.openMigrated();
    await load(db, [activity(7, 2.4), activity(8, 2.6)]);
    const alerts = await inputOutputMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.severity]),
      [[`PE:MR:${mine(8).code}`, 'low']],
    );
  });

  it('fires the other way on gold declared with no mercury, and not on a mine at 0.42 of its peers', async () => {
    const db = await engine.openMigrated();
    await load(db, [activity(9, 1, false), activity(10, 0.42)], [9]);
    const alerts = await inputOutputMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.direction, alert.severity, alert.period]),
      [
        [
          `PE:MR:${mine(9).code}`,
          'INPUTS_BELOW_PEERS',
          'critical',
          { start: '2024-01-01', end: '2024-06-30' },
        ],
      ],
    );
    assert.match(alerts[0]?.title.en ?? '', /declares gold and receives no mercury/);
  });
});

it('names the inputs out of range in one order, whatever order the database returned them in', () => {
  const gap = (input: string): WindowGap => ({
    right: 'PE:MR:1',
    input,
    unit: 'KG',
    month: '2023-08-01',
    quantity: 100,
    fineKg: 1,
    peerMedian: 10,
    peers: 12,
    above: true,
    fold: 10,
  });
  const mismatch = (inputs: string[]): Mismatch => ({
    right: 'PE:MR:1',
    user: null,
    country: 'PE',
    stratum: 'SMALL_SCALE',
    region: 'AREQUIPA',
    direction: 'INPUTS_ABOVE_PEERS',
    period: { start: '2023-06-01', end: '2023-09-30' },
    gaps: inputs.map(gap),
    evidence: [],
  });
  const settings = settingsOf(inputOutputMismatchDetector);
  const one = mismatchAlert(mismatch(['SODIUM_CYANIDE', 'DIESEL', 'EXPLOSIVES']), settings);
  const other = mismatchAlert(mismatch(['EXPLOSIVES', 'SODIUM_CYANIDE', 'DIESEL']), settings);
  assert.deepEqual(one.explanation, other.explanation);
});
