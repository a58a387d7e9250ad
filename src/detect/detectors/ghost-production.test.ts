import { it } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { squareRing } from '../testing/geojson.js';
import { settingsOf } from '../testing/settings.js';
import { loadLayout, loadLayoutFile, type Layout } from '../testing/load-layout.js';
import { detectionInRight, ghostProductionDetector } from './ghost-production.js';

const SETTINGS = settingsOf(ghostProductionDetector);
const HOLDER = '10123456781';
const BUYER = '20100000017';
const MONTHS = ['01', '02', '03', '04', '05', '06'];
type FileName = Layout | 'SATELLITE-ALERTS.geojson';

/** A right of 50 ha whose shape is a right triangle with its right angle at (lon, lat). */
function right(code: string, status: string, lon: number): string {
  const wkt = `POLYGON((${lon} -12.9, ${lon + 0.1} -12.9, ${lon} -12.8, ${lon} -12.9))`;
  return `${code};DERECHO ${code};JUAN PEÑA QUISPE;${HOLDER};${status};METALICA;50;MADRE DE DIOS;TAMBOPATA;INAMBARI;01/01/2010;${wkt}`;
}

/** Monthly declarations of `kg` kilograms of fine gold in the given months of 2024. */
function declared(code: string, kg: string, months: readonly string[]): string[] {
  return months.map((month) => `2024${month};${code};${HOLDER};JUAN PEÑA QUISPE;REINFO;AU;${kg};KG`);
}

function mercury(code: string, date: string): string {
  return `${date};${HOLDER};MERCURIO;3;KG;${code};MADRE DE DIOS;10`;
}

/** A satellite detection of about 1 ha centred at (lon, lat). */
function detection(id: string, lon: number, lat: number, date: string): string {
  const ring = [
    [lon - 0.002, lat - 0.002],
    [lon + 0.002, lat - 0.002],
    [lon + 0.002, lat + 0.002],
    [lon - 0.002, lat + 0.002],
    [lon - 0.002, lat - 0.002],
  ];
  return JSON.stringify({
    type: 'Feature',
    properties: { id, detected_on: date, area_ha: 1.2, confidence: 0.9, source: 'GLAD' },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
}

async function load(db: Database, files: Partial<Record<FileName, string[]>>): Promise<void> {
  for (const [name, lines] of Object.entries(files) as [FileName, string[]][]) {
    if (name === 'SATELLITE-ALERTS.geojson') {
      await loadLayoutFile(db, name, `{"type":"FeatureCollection","features":[${lines.join(',')}]}`);
    } else {
      await loadLayout(db, name, lines);
    }
  }
}

describeEachEngine('GHOST_PRODUCTION', (engine) => {
  it('fires on a right that starts at full volume with no inputs, machinery or detections, naming its buyers', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-CATASTRO': [right('020000001', 'TITULADO', -70.5), right('020000002', 'EN TRAMITE', -70.3)],
      'PE-PRODUCCION': [
        // A working mine, with inputs, declaring since the start of the data.
        ...declared('020000001', '2', MONTHS),
        // The ghost: silent for three months, then 2 kg a month at once.
        ...declared('020000002', '2', MONTHS.slice(3)),
      ],
      'PE-BIENES-FISCALIZADOS': [mercury('020000001', '10/01/2024'), mercury('020000001', '10/04/2024')],
      'PE-COMPRAS': [
        `20/04/2024;${BUYER};${HOLDER};PEÑA QUISPE JUAN;020000002;2222.22;900;2000;500000;3.75;TRANSFERENCIA;E001-000001`,
      ],
    });
    const alerts = await ghostProductionDetector.run(db, SETTINGS);
    assert.equal(alerts.length, 1);
    const [alert] = alerts;
    assert.deepEqual(alert?.subjects, ['PE:MR:020000002', `PE:RUC:${HOLDER}`, `PE:RUC:${BUYER}`]);
    assert.deepEqual(alert?.period, { start: '2024-04-01', end: '2024-06-30' });
    assert.equal(alert?.severity, 'medium');
    assert.equal(alert?.score, 0.6);
    assert.equal(alert?.figures.signs, 'NO_INPUTS,NO_ACTIVITY,SUDDEN_START');
    assert.equal(alert?.figures.fineKgPerMonth, 2);
    assert.match(
      alert?.explanation.es ?? '',
      /De 2024-04-01 a 2024-06-30 \(3 meses\) PE:MR:020000002 declaró 6 kg de oro fino y fue citado como origen de 2 kg en compras: 2 kg al mes, con un pico de 2 kg\. Señales \(3\/5\): ninguna entrega de insumos controlados desde 6 meses antes; ni maquinaria con GPS autorizada ni detección satelital en el derecho; un arranque súbito/,
    );
    assert.deepEqual(
      alert?.evidence.map((item) => [item.table, item.file, item.row]),
      [
        ['mining_right', 'PE-CATASTRO.csv', 3],
        ['mineral_transaction', 'PE-COMPRAS.csv', 2],
        ['production_declaration', 'PE-PRODUCCION.csv', 8],
        ['production_declaration', 'PE-PRODUCCION.csv', 9],
        ['production_declaration', 'PE-PRODUCCION.csv', 10],
      ],
    );
  });

  it('stays silent below 0.5 kg a month and fires from it', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-CATASTRO': [
        right('020000001', 'TITULADO', -70.5),
        right('020000003', 'EN TRAMITE', -70.3),
        right('020000004', 'EN TRAMITE', -70.1),
      ],
      'PE-PRODUCCION': [
        ...declared('020000001', '2', MONTHS),
        ...declared('020000003', '0.49', MONTHS.slice(3)),
        ...declared('020000004', '0.5', MONTHS.slice(3)),
      ],
      'PE-BIENES-FISCALIZADOS': [mercury('020000001', '10/01/2024')],
    });
    const alerts = await ghostProductionDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.severity]),
      [['PE:MR:020000004', 'low']],
    );
  });

  it('needs two signs: machinery, a detection inside the right or a short silence leaves one; a detection just outside does not count', async () => {
    const db = await engine.openMigrated();
    const late = MONTHS.slice(3);
    await load(db, {
      'PE-CATASTRO': [
        right('020000001', 'TITULADO', -70.5),
        right('020000005', 'EN TRAMITE', -70.3),
        right('020000006', 'EN TRAMITE', -70.1),
        right('020000007', 'EN TRAMITE', -69.9),
        right('020000008', 'EN TRAMITE', -69.7),
      ],
      'PE-PRODUCCION': [
        ...declared('020000001', '2', MONTHS),
        ...declared('020000005', '2', late),
        ...declared('020000006', '2', late),
        ...declared('020000007', '2', late),
        // Silent for two months only: a start, but not yet one after a quarter of silence.
        ...declared('020000008', '2', MONTHS.slice(2)),
      ],
      // Every right gets inputs, so only activity and the sudden start are left to count.
      'PE-BIENES-FISCALIZADOS': ['020000001', '020000005', '020000006', '020000007', '020000008'].map(
        (code) => mercury(code, '10/04/2024'),
      ),
      'SATELLITE-ALERTS.geojson': [
        // Inside 020000005's triangle, and inside 020000006's box but beyond its hypotenuse.
        detection('AMW-2024-000001', -70.28, -12.88, '2024-05-02'),
        detection('AMW-2024-000002', -70.02, -12.82, '2024-05-02'),
      ],
      'GPS-TRACKS': [
        `GPS-PE-000001,EXCAVADORA,SN-12345678,PE:RUC:${HOLDER},PE:MR:020000007,2024-05-03T10:00:00-05:00,-12.88,-69.88`,
      ],
    });
    const alerts = await ghostProductionDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.signs]),
      [['PE:MR:020000006', 'NO_ACTIVITY,SUDDEN_START']],
    );
  });

  it('takes a stop at full output before months of silence as a sign, not a mine winding down or a stop at the end of the data', async () => {
    const db = await engine.openMigrated();
    const early = MONTHS.slice(0, 3);
    await load(db, {
      'PE-CATASTRO': [
        right('020000001', 'TITULADO', -70.5),
        right('020000009', 'TITULADO', -70.3),
        right('020000010', 'TITULADO', -70.1),
        right('020000011', 'TITULADO', -69.9),
      ],
      'PE-PRODUCCION': [
        // The working mine that keeps the data going to June.
        ...declared('020000001', '2', MONTHS),
        // At full output since the data begin, then nothing from April: a front gone quiet.
        ...declared('020000009', '2', early),
        // Winding down: its last month is a quarter of its peak.
        ...declared('020000010', '2', early.slice(0, 2)),
        ...declared('020000010', '0.5', early.slice(2)),
        // Stops in May: one month of silence is not enough to call it a stop.
        ...declared('020000011', '2', MONTHS.slice(0, 5)),
      ],
      'PE-BIENES-FISCALIZADOS': ['020000001', '020000009', '020000010', '020000011'].map((code) =>
        mercury(code, '10/01/2024'),
      ),
    });
    const alerts = await ghostProductionDetector.run(db, SETTINGS);
    assert.deepEqual(
      alerts.map((alert) => [alert.subjects[0], alert.figures.signs]),
      [['PE:MR:020000009', 'NO_ACTIVITY,SUDDEN_STOP']],
    );
    assert.match(
      alerts[0]?.explanation.en ?? '',
      /a sudden stop: its last month still at 80 % or more of its peak, then 3 months or more/,
    );
  });

  it('judges a stop in the source that showed the output: declarations loaded to March say nothing of April', async () => {
    const db = await engine.openMigrated();
    await load(db, {
      'PE-CATASTRO': [right('020000001', 'TITULADO', -70.5), right('020000009', 'TITULADO', -70.3)],
      // Every declaration in the file ends in March, at full output.
      'PE-PRODUCCION': [
        ...declared('020000001', '2', MONTHS.slice(0, 3)),
        ...declared('020000009', '2', MONTHS.slice(0, 3)),
      ],
      // Purchases go on to June, citing the other right only.
      'PE-COMPRAS': [
        `20/06/2024;${BUYER};${HOLDER};PEÑA QUISPE JUAN;020000001;2222.22;900;2000;500000;3.75;TRANSFERENCIA;E001-000002`,
      ],
      'PE-BIENES-FISCALIZADOS': ['020000001', '020000009'].map((code) => mercury(code, '10/01/2024')),
    });
    assert.deepEqual(await ghostProductionDetector.run(db, SETTINGS), []);
  });
});

it('places a detection in a right as src/geo/ does: a corner on the edge is in, one in a hole is not', () => {
  const right = { type: 'Polygon' as const, coordinates: [squareRing(0, 0, 10), squareRing(4, 4, 2)] };
  const detection = (x: number, y: number) => ({
    type: 'Polygon' as const,
    coordinates: [squareRing(x, y, 1)],
  });
  assert.equal(detectionInRight(detection(1, 1), right), true);
  // Its lower left corner lies on the right's eastern edge, the rest beyond it.
  assert.equal(detectionInRight(detection(10, 5), right), true);
  assert.equal(detectionInRight(detection(4.2, 4.2), right), false);
  assert.equal(detectionInRight(detection(11, 5), right), false);
});
