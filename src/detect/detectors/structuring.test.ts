import { it } from 'node:test';
import assert from 'node:assert/strict';
import { peRucCheckDigit } from '@veta/standard';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout } from '../testing/load-layout.js';
import { structuringDetector } from './structuring.js';

const SETTINGS = settingsOf(structuringDetector);

/** A valid RUC from its first ten digits. */
function ruc(firstTen: string): string {
  return `${firstTen}${String(peRucCheckDigit(firstTen))}`;
}

const BUYER = ruc('2060312458');
const SELLER = ruc('1041234567');
const [A, B, C, D, UNDER, OVER, FIRST, SECOND, ELSEWHERE] = [
  '1041111111',
  '1042222222',
  '1043333333',
  '1044444444',
  '1045555555',
  '1046666666',
  '1047777777',
  '1048888888',
  '1049999999',
].map(ruc) as [string, string, string, string, string, string, string, string, string];
let sequence = 0;

/** A purchase in Peru's register, in soles at 4 soles to the dollar so that dollars are easy to read. */
function purchase(seller: string, date: string, soles: string, payment = 'EFECTIVO', buyer = BUYER): string {
  sequence += 1;
  return `${date};${buyer};${seller};PEÑA QUISPE JUAN;650001122;45;900;40.5;${soles};4;${payment};E001-${String(sequence).padStart(6, '0')}`;
}

describeEachEngine('STRUCTURING', (engine) => {
  it('fires on three cash payments to one seller in a month, each under USD 10,000 and together past it', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'PE-COMPRAS', [
      purchase(SELLER, '04/03/2024', '32000.00'),
      purchase(SELLER, '12/03/2024', '34000.00'),
      purchase(SELLER, '27/03/2024', '30000.00'),
    ]);
    const alerts = await structuringDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, [`PE:RUC:${BUYER}`, `PE:RUC:${SELLER}`]);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    assert.equal(alert?.country, 'PE');
    assert.equal(alert?.severity, 'low');
    assert.equal(alert?.figures.structuredUsd, 24_000);
    assert.equal(alert?.figures.payments, 3);
    assert.equal(alert?.figures.largestUsd, 8_500);
    assert.match(
      alert?.explanation.en ?? '',
      /In 2024-03, .* made 3 cash payments to .*, each under the USD 10,000 reporting threshold \(the largest USD 8,500\), for a total of USD 24,000/,
    );
    assert.match(alert?.explanation.es ?? '', /hizo 3 pagos en efectivo .* por un total de USD 24\.000/);
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row, item.values.usd]),
      [
        ['PE-COMPRAS.csv', 2, 8000],
        ['PE-COMPRAS.csv', 3, 8500],
        ['PE-COMPRAS.csv', 4, 7500],
      ],
    );
  });

  it('stays silent on transfers, on two payments, on payments spread over months and on reported ones', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'PE-COMPRAS', [
      // Paid by transfer: the bank reports it, nothing to dodge.
      ...['04/03/2024', '12/03/2024', '27/03/2024'].map((day) =>
        purchase(A, day, '32000.00', 'TRANSFERENCIA'),
      ),
      // Two cash payments past the threshold together: a miner selling twice a month.
      purchase(B, '04/03/2024', '36000.00'),
      purchase(B, '20/03/2024', '36000.00'),
      // Three, but across two calendar months.
      purchase(C, '04/03/2024', '32000.00'),
      purchase(C, '28/03/2024', '32000.00'),
      purchase(C, '02/04/2024', '32000.00'),
      // A payment at the threshold is reported, so it is not one of the pieces.
      purchase(D, '04/03/2024', '40000.00'),
      purchase(D, '12/03/2024', '32000.00'),
      purchase(D, '20/03/2024', '32000.00'),
    ]);
    assert.deepEqual(await structuringDetector.run(db, SETTINGS), []);
  });

  it('stays silent when the pieces add up to just under USD 10,000 and fires just over it', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'PE-COMPRAS', [
      // 3 x 13,333.32 soles = USD 9,999.99; 3 x 13,333.36 soles = USD 10,000.02.
      ...['04/03/2024', '12/03/2024', '27/03/2024'].map((day) => purchase(UNDER, day, '13333.32')),
      ...['04/03/2024', '12/03/2024', '27/03/2024'].map((day) => purchase(OVER, day, '13333.36')),
    ]);
    const alerts = await structuringDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects),
      [[`PE:RUC:${BUYER}`, `PE:RUC:${OVER}`]],
    );
    assert.match(alerts[0]?.explanation.en ?? '', /for a total of USD 10,000 that passes it/);
  });

  it('joins sellers registered at one address, and only them', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'PE-PADRON-RUC', [
      `${FIRST};MAMANI CONDORI ROSA;PERSONA NATURAL CON NEGOCIO;ACTIVO;HABIDO;10/08/2017;07290;JR. LIMA 1246;MADRE DE DIOS;;;`,
      `${SECOND};MAMANI CONDORI LUIS;PERSONA NATURAL CON NEGOCIO;ACTIVO;HABIDO;11/08/2017;07290;Jr.  Lima 1246;MADRE DE DIOS;;;`,
      `${ELSEWHERE};TORRES HUAMÁN PEDRO;PERSONA NATURAL CON NEGOCIO;ACTIVO;HABIDO;12/08/2017;07290;AV. LEÓN VELARDE 800;MADRE DE DIOS;;;`,
    ]);
    await loadLayout(db, 'PE-COMPRAS', [
      purchase(FIRST, '04/03/2024', '32000.00'),
      purchase(SECOND, '12/03/2024', '32000.00'),
      purchase(FIRST, '27/03/2024', '32000.00'),
      purchase(ELSEWHERE, '05/03/2024', '32000.00'),
      purchase(ELSEWHERE, '15/03/2024', '32000.00'),
    ]);
    const alerts = await structuringDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    assert.deepEqual(alerts[0]?.subjects, [`PE:RUC:${BUYER}`, `PE:RUC:${FIRST}`, `PE:RUC:${SECOND}`]);
    assert.equal(alerts[0]?.figures.groups, 1);
    assert.match(alerts[0]?.explanation.en ?? '', /\(sellers linked by identifier or address\)/);
  });
});
