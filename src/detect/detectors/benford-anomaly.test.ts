import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { peRucCheckDigit } from '@veta/standard';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout } from '../testing/load-layout.js';
import { benfordAnomalyDetector, expectedMad, nigriniBand } from './benford-anomaly.js';

const SETTINGS = settingsOf(benfordAnomalyDetector);

/** A valid RUC from its first ten digits. */
function ruc(firstTen: string): string {
  return `${firstTen}${String(peRucCheckDigit(firstTen))}`;
}

const SELLER = ruc('1041234567');
let sequence = 0;

/** Purchases by one buyer in 2024, one per amount, spread over the year. */
function purchases(buyer: string, amounts: readonly string[]): string[] {
  return amounts.map((amount, index) => {
    sequence += 1;
    const day = `${String(1 + (index % 28)).padStart(2, '0')}/${String(1 + (index % 12)).padStart(2, '0')}/2024`;
    return `${day};${buyer};${SELLER};PEÑA QUISPE JUAN;650001122;45;900;40.5;${amount};3.75;TRANSFERENCIA;E001-${String(sequence).padStart(6, '0')}`;
  });
}

/**
 * Amounts with the given count of each first digit 1-9, each spread over five orders of magnitude
 * (tens to hundreds of thousands of soles) and carrying cents, so only the leading digits matter.
 */
function withFirstDigits(counts: readonly number[]): string[] {
  return counts.flatMap((count, index) =>
    Array.from({ length: count }, (_, j) => ((index + 1) * 10 ** (1 + (j % 5)) + 3.21).toFixed(2)),
  );
}

/** Amounts in a narrow band (50,000-99,999 soles), `whole` of them without cents. */
function narrow(count: number, whole: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const soles = 50_000 + ((index * 7919) % 49_999);
    return index < whole ? String(soles) : `${String(soles)}.${String(10 + (index % 89))}`;
  });
}

const [X, Y, P1, P2, P3] = ['2060000001', '2060000002', '2060000003', '2060000004', '2060000005'].map(
  ruc,
) as [string, string, string, string, string];
const [Z, P4, P5, P6] = ['2060000006', '2060000007', '2060000008', '2060000009'].map(ruc) as [
  string,
  string,
  string,
  string,
];

/** Peers whose amounts follow Benford closely (MAD 0.0029, below what chance gives at 100 records). */
const BENFORD_LIKE = withFirstDigits([30, 18, 12, 10, 8, 7, 6, 5, 4]);

describeEachEngine('BENFORD_ANOMALY', (engine) => {
  it('computes the first-digit MAD as by hand and fires past the nonconformity band', async () => {
    const db = await engine.openMigrated();
    // 100 amounts, 20 of each leading digit 5-9 and none of 1-4. By hand: digits 1-4 each miss their
    // whole Benford share, log10(5) = 0.69897 together; digits 5-9 each hold 0.2 against a Benford
    // share that also sums to 1 - log10(5), so they overshoot by 0.69897 together. MAD = 2 x 0.69897
    // / 9 = 0.155327; chance gives 0.235 / sqrt(100) = 0.0235, leaving 0.131827.
    await loadLayout(db, 'PE-COMPRAS', [
      ...purchases(X, withFirstDigits([0, 0, 0, 0, 20, 20, 20, 20, 20])),
      ...purchases(P1, BENFORD_LIKE),
      ...purchases(P2, BENFORD_LIKE),
    ]);
    const alerts = await benfordAnomalyDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, [`PE:RUC:${X}`]);
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-12-31' });
    assert.ok(Math.abs(Number(alert?.figures.mad) - (2 * Math.log10(5)) / 9) < 1e-9);
    assert.ok(Math.abs(Number(alert?.figures.excessMad) - 0.131827) < 1e-6);
    assert.equal(alert?.figures.nigriniBand, 'nonconformity');
    // Past the critical band, but a digit test alone never goes above high.
    assert.equal(alert?.severity, 'high');
    assert.match(
      alert?.explanation.en ?? '',
      /Over 100 amounts in PEN in 2024 \(PE-COMPRAS\), spanning 4\.\d orders of magnitude, the first-digit mean absolute deviation \(MAD\) from Benford is 0\.1553; less what chance gives at that size \(0\.0235\) and what is usual among its peers \(0\), 0\.1318 remains/,
    );
    assert.match(
      alert?.explanation.es ?? '',
      /es 0,1553; .* \(0,0235\) y la habitual entre sus pares \(0\), queda 0,1318/,
    );
    assert.equal(alert?.evidence.length, 100);
    assert.deepEqual([alert?.evidence[0]?.file, alert?.evidence[0]?.row], ['PE-COMPRAS.csv', 2]);
  });

  it('stays silent under the band, fires just over it, and needs 100 records and three orders of magnitude', async () => {
    const db = await engine.openMigrated();
    // Benford-like counts 30,18,12,10,8,7,6,5,4 with k records moved from digit 1 to digit 9. By hand,
    // k = 17: (0.17103 + 0.00391 + 0.00494 + 0.00309 + 0.00082 + 0.00305 + 0.00201 + 0.00115 +
    // 0.16424) / 9 = 0.03936, excess 0.01586 > 0.015; k = 16 gives 0.03714, excess 0.01364.
    const shifted = (k: number): number[] => [30 - k, 18, 12, 10, 8, 7, 6, 5, 4 + k];
    const [under, over, few, tight] = ['2060000011', '2060000012', '2060000013', '2060000014'].map(ruc) as [
      string,
      string,
      string,
      string,
    ];
    const ninetyNine = withFirstDigits([0, 0, 0, 0, 20, 20, 20, 20, 19]);
    // The same digits 5-9 only, but between 5,000 and 99,999 soles: under two orders of magnitude.
    const narrowDigits = [5, 6, 7, 8, 9].flatMap((digit) =>
      Array.from({ length: 20 }, (_, j) => (digit * 10 ** (3 + (j % 2)) + 3.21).toFixed(2)),
    );
    await loadLayout(db, 'PE-COMPRAS', [
      ...purchases(under, withFirstDigits(shifted(16))),
      ...purchases(over, withFirstDigits(shifted(17))),
      ...purchases(few, ninetyNine),
      ...purchases(tight, narrowDigits),
      ...purchases(P1, BENFORD_LIKE),
      ...purchases(P2, BENFORD_LIKE),
      ...purchases(P3, BENFORD_LIKE),
    ]);
    const alerts = await benfordAnomalyDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects),
      [[`PE:RUC:${over}`]],
    );
    assert.ok(Math.abs(Number(alerts[0]?.figures.mad) - 0.03936) < 1e-5);
    assert.equal(alerts[0]?.severity, 'low');
  });

  it('stays silent when the whole register strays from Benford alike: the trade, not one declarant', async () => {
    const db = await engine.openMigrated();
    const strays = withFirstDigits([0, 0, 0, 0, 20, 20, 20, 20, 20]);
    await loadLayout(db, 'PE-COMPRAS', [
      ...purchases(X, strays),
      ...purchases(Y, strays),
      ...purchases(P1, strays),
    ]);
    assert.deepEqual(await benfordAnomalyDetector.run(db, SETTINGS), []);
  });

  it('fires when a declarant writes far more whole amounts than its peers, with those amounts as evidence', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'PE-COMPRAS', [
      ...purchases(X, narrow(100, 40)),
      ...purchases(P1, narrow(60, 0)),
      ...purchases(P2, narrow(60, 1)),
    ]);
    const alerts = await benfordAnomalyDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, [`PE:RUC:${X}`]);
    assert.deepEqual(alert?.period, { start: '2024-01-01', end: '2024-12-31' });
    assert.equal(alert?.figures.wholeCount, 40);
    assert.equal(alert?.figures.wholeShare, 0.4);
    // The median of 0 %, 1.7 % and 40 %.
    assert.ok(Math.abs(Number(alert?.figures.expectedWholeShare) - 1 / 60) < 1e-9);
    assert.equal(alert?.severity, 'medium');
    assert.match(
      alert?.explanation.en ?? '',
      /40 of 100 amounts in PEN in 2024 \(40 %\) are whole figures, without cents, against 1\.7 % for the median declarant/,
    );
    assert.match(alert?.title.es ?? '', /declaró 40 % de montos enteros en 2024 \(38,3 % sobre sus pares\)/);
    assert.equal(alert?.figures.nigriniBand, 'not applicable');
    assert.match(
      alert?.explanation.en ?? '',
      /The first-digit test does not apply: 100 records spanning 0\.\d orders of magnitude \(3 needed\)\./,
    );
    assert.equal(alert?.evidence.length, 40);
    assert.ok(alert?.evidence.every((item) => item.file === 'PE-COMPRAS.csv' && item.values.whole === true));
    assert.equal(alert?.evidence[0]?.row, 2);
  });

  it('stays silent at 15 points of whole amounts over the peers and fires at 16', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'PE-COMPRAS', [
      ...purchases(X, narrow(100, 15)),
      ...purchases(Y, narrow(100, 16)),
      ...purchases(P1, narrow(60, 0)),
      ...purchases(P2, narrow(60, 0)),
      ...purchases(P3, narrow(60, 0)),
    ]);
    const alerts = await benfordAnomalyDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.severity]),
      [[`PE:RUC:${Y}`, 'low']],
    );
  });

  it('stays silent when every declarant writes whole amounts', async () => {
    const db = await engine.openMigrated();
    await loadLayout(db, 'PE-COMPRAS', [
      ...purchases(X, narrow(100, 100)),
      ...purchases(Y, narrow(100, 100)),
      ...purchases(P1, narrow(100, 90)),
    ]);
    assert.deepEqual(await benfordAnomalyDetector.run(db, SETTINGS), []);
  });

  it('counts whole amounts by how many chance does not explain, whatever the size of the declarant', async () => {
    const db = await engine.openMigrated();
    // A small trader with 12 records, 8 whole, and another with 7 whole of 12, among peers writing
    // cents; a large one with 300 records, 60 whole: 20 points over the peers.
    await loadLayout(db, 'PE-COMPRAS', [
      ...purchases(X, narrow(12, 8)),
      ...purchases(Y, narrow(12, 7)),
      ...purchases(Z, narrow(300, 60)),
      ...purchases(P1, narrow(60, 0)),
      ...purchases(P2, narrow(60, 0)),
      ...purchases(P3, narrow(60, 0)),
      ...purchases(P4, narrow(60, 0)),
      ...purchases(P5, narrow(60, 0)),
      ...purchases(P6, narrow(60, 0)),
    ]);
    const alerts = await benfordAnomalyDetector.run(db, SETTINGS);
    assert.deepEqual(alerts.map((alert) => alert.subjects[0]).sort(), [`PE:RUC:${X}`, `PE:RUC:${Z}`].sort());
    const small = alerts.find((alert) => alert.subjects[0] === `PE:RUC:${X}`);
    assert.equal(small?.figures.wholeCount, 8);
    assert.match(
      small?.explanation.en ?? '',
      /The first-digit test does not apply: 12 records \(100 needed\)\./,
    );
  });
});

describe('Benford helpers', () => {
  it('expects the MAD of conforming data to shrink with the square root of its size, and bands it as Nigrini', () => {
    assert.ok(Math.abs(expectedMad(100) - 0.0235) < 1e-12);
    assert.deepEqual([0.005, 0.006, 0.0119, 0.012, 0.015, 0.0151].map(nigriniBand), [
      'close',
      'acceptable',
      'acceptable',
      'marginal',
      'marginal',
      'nonconformity',
    ]);
  });
});
