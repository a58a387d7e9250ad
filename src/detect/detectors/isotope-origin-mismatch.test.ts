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
  district: 'HUEPETUHE' | 'ANANEA';
}

const RIGHTS: readonly Right[] = [
  { code: '650000001', holder: '20600000021', district: 'HUEPETUHE' },
  { code: '650000002', holder: '20600000030', district: 'HUEPETUHE' },
  { code: '540000001', holder: '20600000048', district: 'ANANEA' },
  { code: '650000003', holder: '20600000056', district: 'HUEPETUHE' },
  { code: '650000004', holder: '20600000064', district: 'HUEPETUHE' },
  { code: '650000005', holder: '20600000072', district: 'HUEPETUHE' },
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
        `${r.code};MINA ${r.code};TITULAR ${r.holder};${r.holder};TITULADO;METALICA;100;${r.district === 'ANANEA' ? 'PUNO;SAN ANTONIO DE PUTINA' : 'MADRE DE DIOS;MANU'};${r.district};01/02/2015;${WKT}`,
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
      /^2 of 2 assayed lots sold as from right PE:MR:650000003 in 2024-03\/2024-03 have 206\/204, 207\/204 and 208\/204 ratios at a median Mahalanobis distance of [\d.,]+ from the 6 trusted lots of other rights in HUEPETUHE \/ MANU \/ MADRE DE DIOS \/ PE \(maximum 3\.5\)\. Their fingerprint is closest to ANANEA/,
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
});
