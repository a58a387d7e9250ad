import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout } from '../testing/load-layout.js';
import type { DetectorSettings } from '../detector.js';
import { isotopeOriginMismatchDetector } from './isotope-origin-mismatch.js';

const SETTINGS = settingsOf(isotopeOriginMismatchDetector);
const WKT = 'POLYGON((-70.52 -12.95,-70.49 -12.95,-70.49 -12.98,-70.52 -12.98,-70.52 -12.95))';
const BUYER = '20600000013';
type Ratios = readonly [number, number, number];
// Two districts' fingerprints, as lead-isotope studies of Madre de Dios and Puno report them.
const HUEPETUHE: Ratios = [18.69, 15.62, 38.66];
const ANANEA: Ratios = [18.55, 15.64, 38.62];
// HUEPETUHE's neighbour in Madre de Dios: a close signature, the hard case.
const INAMBARI: Ratios = [18.72, 15.63, 38.71];
const CUYOCUYO: Ratios = [18.49, 15.61, 38.54];
// A Colombian fingerprint: no Peruvian district carries it.
const SEGOVIA: Ratios = [18.91, 15.67, 38.89];
// Lot-to-lot scatter around a fingerprint, in hundredths of a ratio.
const SCATTER: readonly Ratios[] = [
  [1, 0, 1],
  [-1, 1, 0],
  [0, -1, -1],
  [1, 1, 0],
  [-1, 0, 1],
  [0, -1, -2],
];

interface Right {
  code: string;
  holder: string;
  district: keyof typeof PROVINCE;
}

const PROVINCE = {
  HUEPETUHE: 'MADRE DE DIOS;MANU',
  ANANEA: 'PUNO;SAN ANTONIO DE PUTINA',
  CUYOCUYO: 'PUNO;SANDIA',
} as const;

const RIGHTS: readonly Right[] = [
  { code: '650000001', holder: '20600000021', district: 'HUEPETUHE' },
  { code: '650000002', holder: '20600000030', district: 'HUEPETUHE' },
  { code: '540000001', holder: '20600000048', district: 'ANANEA' },
  { code: '650000003', holder: '20600000056', district: 'HUEPETUHE' },
  { code: '650000004', holder: '20600000064', district: 'HUEPETUHE' },
  { code: '650000005', holder: '20600000072', district: 'HUEPETUHE' },
  // CUYOCUYO has few assayed lots: rights 6, 7 and 8 are its only ones.
  { code: '560000001', holder: '20600000099', district: 'CUYOCUYO' },
  { code: '560000002', holder: '20600000102', district: 'CUYOCUYO' },
  { code: '560000003', holder: '20600000111', district: 'CUYOCUYO' },
];

interface Lot {
  right: number;
  ratios: Ratios;
  receipt?: string;
  scatter?: number;
}

let sequence = 0;

function shifted(base: Ratios, scatter: number | undefined): Ratios {
  const d = scatter === undefined ? ([0, 0, 0] as const) : (SCATTER[scatter] ?? [0, 0, 0]);
  return [base[0] + d[0] / 100, base[1] + d[1] / 100, base[2] + d[2] / 100];
}

/** The cadastre, the trusted lots of both districts (6 each, every one assayed) and `extra` lots. */
async function load(db: Database, extra: Lot[]): Promise<void> {
  const trusted: Lot[] = [
    ...[0, 1, 2].map((i) => ({ right: 0, ratios: HUEPETUHE, scatter: i })),
    ...[3, 4, 5].map((i) => ({ right: 1, ratios: HUEPETUHE, scatter: i })),
    ...[0, 1, 2, 3, 4, 5].map((i) => ({ right: 2, ratios: ANANEA, scatter: i })),
  ];
  const lots = [...trusted, ...extra].map((lot) => {
    sequence += 1;
    return { ...lot, receipt: lot.receipt ?? `F001-${String(sequence).padStart(6, '0')}`, row: sequence };
  });
  await loadLayout(db, 'PE-CATASTRO', [
    ...RIGHTS.map(
      (r) =>
        `${r.code};MINA ${r.code};TITULAR ${r.holder};${r.holder};TITULADO;METALICA;100;${PROVINCE[r.district]};${r.district};01/02/2015;${WKT}`,
    ),
  ]);
  await loadLayout(db, 'PE-COMPRAS', [
    ...lots.map((lot, i) => {
      const right = RIGHTS[lot.right] ?? RIGHTS[0];
      const buyer = i % 2 === 0 ? BUYER : '20600000081';
      return `10/03/2024;${buyer};${right?.holder ?? ''};TITULAR;${right?.code ?? ''};1000;850;850;200000.00;3.75;TRANSFERENCIA;${lot.receipt}`;
    }),
  ]);
  const assayed = [...new Map(lots.map((lot) => [lot.receipt, lot])).values()];
  await loadLayout(db, 'LAB-ASSAYS', [
    ...assayed.map((lot) => {
      const [x, y, z] = shifted(lot.ratios, lot.scatter);
      return `S-${String(lot.row)},PE,${lot.receipt},LAB-PE-001,Y,FIRE ASSAY,2024-03-12T10:00:00-05:00,2024-03-14T10:00:00-05:00,850000,100000,,,,,${String(x)},${String(y)},${String(z)}`;
    }),
  ]);
}

describeEachEngine('ISOTOPE_ORIGIN_MISMATCH', (engine) => {
  it('fires when lots sold as from a right carry another district’s lead isotopes', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      { right: 3, ratios: ANANEA },
      { right: 3, ratios: ANANEA, scatter: 0 },
    ]);
    const alerts = await isotopeOriginMismatchDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:MR:650000003', 'PE:RUC:20600000056']);
    assert.deepEqual(alert?.period, { start: '2024-03-01', end: '2024-03-31' });
    assert.equal(alert?.figures.nearestDistrict, 'ANANEA / SAN ANTONIO DE PUTINA / PUNO / PE');
    assert.equal(alert?.figures.trustedLots, 6);
    assert.equal(alert?.severity, 'high');
    assert.match(
      alert?.explanation.en ?? '',
      /^2 of 2 assayed lots sold as from right PE:MR:650000003 in 2024-03\/2024-03 have 206\/204, 207\/204 and 208\/204 ratios at a median Mahalanobis distance of [\d.,]+ from the 6 trusted lots of other rights in HUEPETUHE \/ MANU \/ MADRE DE DIOS \/ PE \(maximum 4\)\. Their fingerprint is closest to ANANEA/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['mineral_transaction', 'PE-COMPRAS.csv', 14],
        ['mineral_transaction', 'PE-COMPRAS.csv', 15],
        ['assay', 'LAB-ASSAYS.csv', 14],
        ['assay', 'LAB-ASSAYS.csv', 15],
      ],
    );
  });

  it('stays silent on home isotopes, a single far lot, and far lots whose numbers other lots share', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      { right: 3, ratios: HUEPETUHE, scatter: 1 },
      { right: 3, ratios: HUEPETUHE, scatter: 4 },
      { right: 4, ratios: ANANEA },
      // Each of these assays may belong to a lot of right 5 or of right 0: half a far lot each.
      { right: 5, ratios: ANANEA, receipt: 'F001-999001' },
      { right: 0, ratios: ANANEA, receipt: 'F001-999001' },
      { right: 5, ratios: ANANEA, receipt: 'F001-999002' },
      { right: 0, ratios: ANANEA, receipt: 'F001-999002' },
    ]);
    assert.deepEqual(await isotopeOriginMismatchDetector.run(db, SETTINGS), []);
  });

  it('respects the maximum distance: silent just above the lots’ distance, firing just below it', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      { right: 3, ratios: ANANEA },
      { right: 3, ratios: ANANEA },
    ]);
    const [alert] = await isotopeOriginMismatchDetector.run(db, SETTINGS);
    const distance = Number(alert?.figures.mahalanobisDistance);
    const at = (maxMahalanobis: number): DetectorSettings => ({
      ...SETTINGS,
      thresholds: { ...SETTINGS.thresholds, maxMahalanobis },
    });
    assert.equal((await isotopeOriginMismatchDetector.run(db, at(distance + 0.01))).length, 0);
    assert.equal((await isotopeOriginMismatchDetector.run(db, at(distance - 0.01))).length, 1);
  });

  it('judges a right of a thin district by its region: fires when its gold fits no district of it', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      ...[0, 1].map((i) => ({ right: 6, ratios: CUYOCUYO, scatter: i })),
      ...[2, 3].map((i) => ({ right: 8, ratios: CUYOCUYO, scatter: i })),
      { right: 7, ratios: SEGOVIA },
      { right: 7, ratios: SEGOVIA, scatter: 0 },
    ]);
    const alerts = await isotopeOriginMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.trustedLots]),
      [['PE:MR:560000002', 4]],
    );
    assert.match(
      alerts[0]?.explanation.en ?? '',
      /from the 4 trusted lots of other rights in CUYOCUYO \/ SANDIA \/ PUNO \/ PE \(maximum 4\), nor within it of any well-measured district of PUNO \/ PE\./,
    );
  });

  it('stays silent on a thin district’s right whose gold fits its few neighbours or a district of its region', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      ...[0, 1].map((i) => ({ right: 6, ratios: CUYOCUYO, scatter: i })),
      ...[2, 3].map((i) => ({ right: 8, ratios: CUYOCUYO, scatter: i })),
      { right: 7, ratios: CUYOCUYO, scatter: 2 },
      { right: 7, ratios: ANANEA, scatter: 3 },
      { right: 7, ratios: ANANEA, scatter: 4 },
    ]);
    assert.deepEqual(await isotopeOriginMismatchDetector.run(db, SETTINGS), []);
    // Were CUYOCUYO's 4 lots enough to judge by, the lots of ANANEA's fingerprint would convict.
    const unthinned: DetectorSettings = {
      ...SETTINGS,
      thresholds: { ...SETTINGS.thresholds, minTrustedLots: 2 },
    };
    const alerts = await isotopeOriginMismatchDetector.run(db, unthinned);
    const convicted = alerts.find((alert) => alert.subjects[0] === 'PE:MR:560000002');
    assert.equal(convicted?.figures.failingLots, 2);
  });

  it('convicts a thin district’s right selling another region’s gold, though that region is of its country', async () => {
    // Madre de Dios gold sold through a Puno right: the laundering route the typology is about.
    const db = await engine.openMigrated();
    await load(db, [
      ...[0, 1].map((i) => ({ right: 6, ratios: CUYOCUYO, scatter: i })),
      ...[2, 3].map((i) => ({ right: 8, ratios: CUYOCUYO, scatter: i })),
      { right: 7, ratios: HUEPETUHE, scatter: 3 },
      { right: 7, ratios: HUEPETUHE, scatter: 4 },
    ]);
    const alerts = await isotopeOriginMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.failingLots]),
      [['PE:MR:560000002', 2]],
    );
    assert.match(alerts[0]?.explanation.en ?? '', /closest to HUEPETUHE/);
  });

  it('finds a neighbouring district’s gold though a right alone in its district mixes two deposits', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      // Right 6, alone in CUYOCUYO and so never judged, sells SEGOVIA's gold beside its own: its
      // scatter must not teach the pooled covariance a width that takes INAMBARI into HUEPETUHE.
      ...[0, 1, 2].map((i) => ({ right: 6, ratios: CUYOCUYO, scatter: i })),
      ...[3, 4, 5].map((i) => ({ right: 6, ratios: SEGOVIA, scatter: i })),
      ...[0, 1, 2].map((i) => ({ right: 3, ratios: INAMBARI, scatter: i })),
    ]);
    const alerts = await isotopeOriginMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.failingLots, alert.figures.trustedLots]),
      [['PE:MR:650000003', 3, 6]],
    );
  });

  it('lets a right found selling foreign gold no longer vouch for its district', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      // Right 5 sells ANANEA's gold beside its own. Until it is set aside, its lots widen
      // HUEPETUHE's yardstick enough for right 3's INAMBARI gold to pass.
      ...[0, 1, 2].map((i) => ({ right: 5, ratios: HUEPETUHE, scatter: i })),
      ...[3, 4, 5].map((i) => ({ right: 5, ratios: ANANEA, scatter: i })),
      ...[0, 1, 2].map((i) => ({ right: 3, ratios: INAMBARI, scatter: i })),
    ]);
    const alerts = await isotopeOriginMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.failingLots, alert.figures.trustedLots]),
      [
        ['PE:MR:650000003', 3, 6],
        ['PE:MR:650000005', 3, 9],
      ],
    );
  });

  it('gives an ambiguous far assay to the right found by its unambiguous lots, not to a bystander', async () => {
    const db = await engine.openMigrated();
    const shared = [1, 2, 3, 4].map((i) => `F001-99800${String(i)}`);
    await load(db, [
      { right: 3, ratios: ANANEA },
      { right: 3, ratios: ANANEA, scatter: 0 },
      // Each of these assays may belong to a lot of right 3 or of right 4: half a far lot each, two
      // for right 4 in all, were right 3's own far lots not to claim them.
      ...shared.flatMap((receipt) => [
        { right: 3, ratios: ANANEA, receipt },
        { right: 4, ratios: ANANEA, receipt },
      ]),
    ]);
    const alerts = await isotopeOriginMismatchDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.failingLots]),
      [['PE:MR:650000003', 6]],
    );
  });
});
