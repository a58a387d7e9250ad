import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { illegalMiningSiteDetector } from './illegal-mining-site.js';
import { featureCollection, squareRing } from '../testing/geojson.js';
import { loadLayout, loadLayoutFile } from '../testing/load-layout.js';
import { settingsOf } from '../testing/settings.js';
import { flagRightGeometries } from '../../ingest/right-geometry-flags.js';

const SETTINGS = settingsOf(illegalMiningSiteDetector);

/** A right whose boundary is a square of `side` degrees from its south-west corner, as WKT. */
function right(code: string, status: string, west: number, south: number, side: number): string {
  const ring = squareRing(west, south, side)
    .map(([x, y]) => `${String(x)} ${String(y)}`)
    .join(', ');
  return `${code};MINA ${code};Peña Quispe Juan;10412345679;${status};METALICA;484;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((${ring}))`;
}

/** A detection of `side` degrees from its south-west corner. */
function detection(id: string, west: number, south: number, areaHa: number, confidence = 0.8, side = 0.002) {
  return {
    properties: { id, detected_on: '2024-02-14', area_ha: areaHa, confidence, source: 'AMW' },
    rings: [squareRing(west, south, side)],
  };
}

// A reserve of 0.1 x 0.1 degrees at (-69.80, -12.80) with a 0.04-degree hole cut out of its middle.
const RESERVE = {
  properties: {
    id: 'PE-RN-PRUEBA',
    name: 'Reserva Nacional Prueba',
    kind: 'PROTECTED_AREA',
    designation: 'Reserva Nacional',
    country: 'PE',
  },
  rings: [squareRing(-69.8, -12.8, 0.1), squareRing(-69.77, -12.77, 0.04)],
};

async function load(db: Database, detections: ReturnType<typeof detection>[]): Promise<void> {
  await loadLayoutFile(db, 'PROTECTED-AREAS.geojson', featureCollection([RESERVE]));
  await loadLayout(db, 'PE-CATASTRO', [
    right('650001122', 'TITULADO', -70.5, -12.9, 0.02),
    right('650001133', 'EXTINGUIDO', -70.4, -12.9, 0.02),
  ]);
  await loadLayoutFile(db, 'SATELLITE-ALERTS.geojson', featureCollection(detections));
}

describeEachEngine('ILLEGAL_MINING_SITE', (engine) => {
  it('fires, critical, on a detection inside a protected area, with the detection and the area as evidence', async () => {
    const db = await engine.openMigrated();
    await load(db, [detection('AMW-2024-000001', -69.79, -12.79, 0.5)]);
    const alerts = await illegalMiningSiteDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['SAT:AMW-2024-000001', 'AREA:PE-RN-PRUEBA']);
    assert.equal(alert?.severity, 'critical');
    assert.equal(alert?.country, 'PE');
    assert.deepEqual(alert?.period, { start: '2024-02-14', end: '2024-02-14' });
    assert.match(
      alert?.explanation.es ?? '',
      /muestra 0,5 ha de perturbación minera dentro de Reserva Nacional Prueba/,
    );
    assert.match(
      alert?.explanation.en ?? '',
      /confidence 80 %\) shows 0.5 ha of mining disturbance inside Reserva/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row, item.id]),
      [
        ['SATELLITE-ALERTS.geojson', 1, 'SAT:AMW-2024-000001'],
        ['PROTECTED-AREAS.geojson', 1, 'AREA:PE-RN-PRUEBA'],
      ],
    );
  });

  it('counts a detection touching the area’s edge as inside, and one in its hole as outside it', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      // East edge on the reserve's west boundary (-69.8), written as the files write it.
      {
        ...detection('AMW-2024-000002', 0, 0, 2),
        rings: [
          [
            [-69.802, -12.79],
            [-69.8, -12.79],
            [-69.8, -12.788],
            [-69.802, -12.788],
            [-69.802, -12.79],
          ],
        ],
      },
      // Wholly inside the hole: not protected land, but outside every right.
      detection('AMW-2024-000003', -69.76, -12.76, 2),
    ]);
    const alerts = await illegalMiningSiteDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects, alert.severity]),
      [
        [['SAT:AMW-2024-000002', 'AREA:PE-RN-PRUEBA'], 'critical'],
        [['SAT:AMW-2024-000003'], 'low'],
      ],
    );
  });

  it('stays silent inside a right in force and below the confidence, and fires inside a lapsed right', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      detection('AMW-2024-000004', -70.495, -12.895, 5),
      detection('AMW-2024-000005', -69.79, -12.79, 5, 0.4),
      detection('AMW-2024-000006', -70.395, -12.895, 5),
    ]);
    const alerts = await illegalMiningSiteDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects, alert.severity, alert.figures.areaHa]),
      [[['SAT:AMW-2024-000006'], 'medium', 5]],
    );
  });

  it('respects the minimum area and the 100 m margin around rights in force', async () => {
    const db = await engine.openMigrated();
    // At 12.9 S, 0.001 degree of longitude is 108.6 m; the right's east edge is at -70.48.
    await load(db, [
      detection('AMW-2024-000007', -70.3, -12.7, 0.99),
      detection('AMW-2024-000008', -70.3, -12.6, 1),
      detection('AMW-2024-000009', -70.4791, -12.895, 3),
      detection('AMW-2024-000010', -70.4789, -12.895, 3),
    ]);
    const alerts = await illegalMiningSiteDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => alert.subjects[0]),
      ['SAT:AMW-2024-000008', 'SAT:AMW-2024-000010'],
    );
  });
  it('lets no right whose boundary is untrusted license a detection: drawn far larger than declared, or crossing itself', async () => {
    const db = await engine.openMigrated();
    const ring = (west: number): string =>
      squareRing(west, -12.9, 0.02)
        .map(([x, y]) => `${String(x)} ${String(y)}`)
        .join(', ');
    await loadLayout(db, 'PE-CATASTRO', [
      // Declares 10 ha; its polygon measures about 480 ha.
      `650001144;MINA GRANDE;Peña Quispe Juan;10412345679;TITULADO;METALICA;10;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((${ring(-70.3)}))`,
      `650001155;MINA CRUZADA;Peña Quispe Juan;10412345679;TITULADO;METALICA;484;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((-70.2 -12.9, -70.18 -12.88, -70.18 -12.9, -70.2 -12.88, -70.2 -12.9))`,
      `650001166;MINA SANA;Peña Quispe Juan;10412345679;TITULADO;METALICA;484;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((${ring(-70.1)}))`,
    ]);
    await flagRightGeometries(db);
    await loadLayoutFile(
      db,
      'SATELLITE-ALERTS.geojson',
      featureCollection([
        detection('AMW-2024-000010', -70.295, -12.895, 2, 0.9, 0.01),
        detection('AMW-2024-000011', -70.1995, -12.8995, 2, 0.9, 0.001),
        detection('AMW-2024-000012', -70.095, -12.895, 2, 0.9, 0.01),
      ]),
    );
    const alerts = await illegalMiningSiteDetector.run(db, SETTINGS);
    assert.deepEqual(alerts.map((alert) => alert.subjects[0]).sort(), [
      'SAT:AMW-2024-000010',
      'SAT:AMW-2024-000011',
    ]);
    assert.ok(alerts.every((alert) => alert.country === 'PE'));
  });

  it('lets a right license only detections of its own country, and files an alert under the detection’s country', async () => {
    const db = await engine.openMigrated();
    // A Peruvian right in force drawn in Colombia's Amazon trapezium, within Peru's box plus its margin.
    await loadLayout(db, 'PE-CATASTRO', [right('650001177', 'TITULADO', -70.01, -3.51, 0.02)]);
    await flagRightGeometries(db);
    await loadLayoutFile(
      db,
      'PROTECTED-AREAS.geojson',
      featureCollection([
        {
          properties: {
            id: 'PE-CO-BORDE',
            name: 'Territorio Fronterizo',
            kind: 'INDIGENOUS_TERRITORY',
            country: 'PE, CO',
          },
          rings: [squareRing(-74, 4, 0.1)],
        },
      ]),
    );
    await loadLayoutFile(
      db,
      'SATELLITE-ALERTS.geojson',
      featureCollection([
        detection('AMW-2024-000013', -70.005, -3.505, 5),
        detection('AMW-2024-000014', -73.97, 4.03, 0.5),
      ]),
    );
    const alerts = await illegalMiningSiteDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects, alert.country]),
      [
        [['SAT:AMW-2024-000013'], 'CO'],
        [['SAT:AMW-2024-000014', 'AREA:PE-CO-BORDE'], 'CO'],
      ],
    );
  });
});
