import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { inputDiversionDetector } from './input-diversion.js';
import { featureCollection, squareRing } from '../testing/geojson.js';
import { loadLayout, loadLayoutFile } from '../testing/load-layout.js';
import { settingsOf } from '../testing/settings.js';

const SETTINGS = settingsOf(inputDiversionDetector);
// The right is a 0.02-degree square from (-70.50, -12.90): its east edge is at -70.48, where 0.001
// degree of longitude is 108.6 m.
const RIGHT = `650001122;LA ESPERANZA;Peña Quispe Juan;10412345679;TITULADO;METALICA;480;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((-70.5 -12.9, -70.48 -12.9, -70.48 -12.88, -70.5 -12.88, -70.5 -12.9))`;

/** A fix of a tanker authorised to serve the right, at an hour of 5 March 2024 (Lima time). */
function fix(device: string, hour: number, lat: number, lon: number, type = 'CISTERNA'): string {
  const at = `2024-03-05T${String(hour).padStart(2, '0')}:00:00-05:00`;
  return `${device},${type},V7K-845,PE:RUC:10412345679,PE:MR:650001122,${at},${String(lat)},${String(lon)}`;
}

async function load(db: Database, fixes: string[], extra?: () => Promise<void>): Promise<void> {
  await loadLayout(db, 'PE-CATASTRO', [RIGHT]);
  await extra?.();
  await loadLayout(db, 'GPS-TRACKS', fixes);
}

describeEachEngine('INPUT_DIVERSION', (engine) => {
  it('fires when a tanker’s trip ends 5 km from its right, with the stop’s fix and the right as evidence', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      fix('GPS-A', 6, -12.6, -70.8),
      fix('GPS-A', 8, -12.75, -70.6),
      fix('GPS-A', 10, -12.89, -70.43),
    ]);
    const alerts = await inputDiversionDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:RUC:10412345679', 'PE:MR:650001122']);
    assert.deepEqual(alert?.period, { start: '2024-03-05', end: '2024-03-05' });
    assert.equal(alert?.severity, 'medium');
    assert.match(alert?.explanation.es ?? '', /se detuvo 1 veces .* a hasta 5,4 km de su límite/);
    assert.match(alert?.explanation.en ?? '', /stopped 1 times .* up to 5.4 km from its boundary/);
    assert.deepEqual(
      alert?.evidence.map((item) => [item.file, item.row]),
      [
        ['GPS-TRACKS.csv', 4],
        ['PE-CATASTRO.csv', 2],
      ],
    );
  });

  it('stays silent when the trip ends inside the right, whatever the route', async () => {
    const db = await engine.openMigrated();
    await load(db, [
      fix('GPS-B', 6, -12.6, -70.8),
      fix('GPS-B', 8, -12.75, -70.6),
      fix('GPS-B', 10, -12.89, -70.49),
    ]);
    assert.deepEqual(await inputDiversionDetector.run(db, SETTINGS), []);
  });

  it('allows stops within 1 km of the right and fires just past it', async () => {
    const db = await engine.openMigrated();
    // 0.008 degree east of the edge is 869 m; 0.0105 degree is 1,140 m.
    await load(db, [fix('GPS-C', 10, -12.89, -70.472), fix('GPS-D', 10, -12.89, -70.4695)]);
    const alerts = await inputDiversionDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.figures.device, alert.severity]),
      [['GPS-D', 'low']],
    );
  });

  it('raises dwells at an illegal site to high and stops in a protected area to critical', async () => {
    const db = await engine.openMigrated();
    await load(
      db,
      [
        // An excavator working three hours beside a detection 1.5 km east of the right, then back in the right.
        fix('GPS-E', 6, -12.89, -70.466, 'EXCAVADORA'),
        fix('GPS-E', 8, -12.8905, -70.4665, 'EXCAVADORA'),
        fix('GPS-E', 9, -12.8901, -70.4662, 'EXCAVADORA'),
        fix('GPS-E', 10, -12.89, -70.49, 'EXCAVADORA'),
        fix('GPS-F', 10, -12.75, -69.75),
      ],
      async () => {
        await loadLayoutFile(
          db,
          'SATELLITE-ALERTS.geojson',
          featureCollection([
            {
              properties: { id: 'AMW-2024-000001', detected_on: '2024-02-01', area_ha: 2, confidence: 0.9 },
              rings: [squareRing(-70.465, -12.891, 0.0015)],
            },
          ]),
        );
        await loadLayoutFile(
          db,
          'PROTECTED-AREAS.geojson',
          featureCollection([
            {
              properties: {
                id: 'PE-RN-PRUEBA',
                name: 'Reserva Prueba',
                kind: 'PROTECTED_AREA',
                country: 'PE',
              },
              rings: [squareRing(-69.8, -12.8, 0.1)],
            },
          ]),
        );
      },
    );
    const alerts = await inputDiversionDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.figures.device, alert.severity, alert.subjects.slice(2)]),
      [
        ['GPS-E', 'high', ['SAT:AMW-2024-000001']],
        ['GPS-F', 'critical', ['AREA:PE-RN-PRUEBA']],
      ],
    );
  });
});
