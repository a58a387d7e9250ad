import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { peRucCheckDigit } from '@veta/standard';
import { silentLogger } from '../core/logger.js';
import { HEADERS } from '../detect/testing/headers.js';
import { featureCollection, squareRing } from '../detect/testing/geojson.js';
import type { Database } from '../store/engine/database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { ingestFile } from './pipeline/ingest-file.js';
import type { FileReport } from './pipeline/file-report.js';
import { loadProfiles } from './profiles/load-profiles.js';

const profiles = loadProfiles();

async function ingest(db: Database, fileName: string, text: string): Promise<FileReport> {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-geometry-')), fileName);
  writeFileSync(path, text);
  return ingestFile(db, path, { profiles, logger: silentLogger(), today: '2026-11-26' });
}

const HOLDER = `2010000000${String(peRucCheckDigit('2010000000'))}`;

/** A Peruvian cadastre row with this WKT (declared 1,200 ha). */
const cadastreRow = (code: string, wkt: string): string =>
  `${code};MINA ${code};MINERA SUR S.A.;${HOLDER};TITULADO;METALICA;1200;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;${wkt}`;

const cadastre = (...rows: string[]): string => `${[HEADERS['PE-CATASTRO'], ...rows].join('\n')}\n`;

const BOW_TIE_WKT = 'POLYGON((-70.3 -12.9, -70.28 -12.88, -70.28 -12.9, -70.3 -12.88, -70.3 -12.9))';
const bowTie = (west: number, south: number): number[][] => [
  [west, south],
  [west + 0.02, south + 0.02],
  [west + 0.02, south],
  [west, south + 0.02],
  [west, south],
];

interface StoredFlags {
  id: string;
  country: string | null;
  geometry: boolean;
  flags: { code: string; severity: string }[];
}

const stored = (db: Database, table: 'mining_right' | 'geo_feature'): Promise<StoredFlags[]> =>
  db.query<StoredFlags>(`SELECT id, country, body ? 'geometry' AS geometry, flags FROM ${table} ORDER BY id`);

const codesOf = (row: StoredFlags | undefined): string[] =>
  (row?.flags ?? []).map((flag) => `${flag.code}:${flag.severity}`);

describeEachEngine('geometry checked as read', (engine) => {
  it('flags a boundary crossing itself, read from WKT or from GeoJSON, as each row is stored', async () => {
    const db = await engine.openMigrated();
    const rights = await ingest(
      db,
      'PE-CATASTRO.csv',
      cadastre(
        cadastreRow('650000001', BOW_TIE_WKT),
        cadastreRow(
          '650000002',
          'POLYGON((-70.5 -12.9, -70.49 -12.9, -70.49 -12.89, -70.5 -12.89, -70.5 -12.9))',
        ),
      ),
    );
    assert.equal(rights.status, 'loaded');
    const areas = await ingest(
      db,
      'PROTECTED-AREAS.geojson',
      featureCollection([
        {
          properties: { id: 'PE-CROSSED', name: 'Cruzada', kind: 'PROTECTED_AREA', country: 'PE' },
          rings: [bowTie(-70, -12)],
        },
        {
          properties: { id: 'PE-SOUND', name: 'Sana', kind: 'PROTECTED_AREA', country: 'PE' },
          rings: [squareRing(-70, -12, 0.1)],
        },
      ]),
    );
    assert.equal(areas.status, 'loaded');
    const [crossedRight, soundRight] = await stored(db, 'mining_right');
    assert.deepEqual(codesOf(crossedRight), ['GEOMETRY_SELF_INTERSECTION:ERROR']);
    assert.deepEqual(codesOf(soundRight), []);
    const [crossedArea, soundArea] = await stored(db, 'geo_feature');
    assert.deepEqual(
      [crossedArea?.id, codesOf(crossedArea)],
      ['AREA:PE-CROSSED', ['GEOMETRY_SELF_INTERSECTION:ERROR']],
    );
    assert.deepEqual(codesOf(soundArea), []);
  });

  it('range-checks coordinates: WGS84 for every record, its country’s extent where it has one', async () => {
    const db = await engine.openMigrated();
    const rights = await ingest(
      db,
      'PE-CATASTRO.csv',
      cadastre(
        // Latitude past the pole: no place on Earth. The right is kept, without its boundary.
        cadastreRow('650000001', 'POLYGON((-70.5 -95, -70.49 -95, -70.49 -94.9, -70.5 -94.9, -70.5 -95))'),
        // Most of South America, filed as a Peruvian right.
        cadastreRow('650000002', 'POLYGON((-81 -40, -35 -40, -35 12, -81 12, -81 -40))'),
        // In Colombia, filed as a Peruvian right.
        cadastreRow('650000003', 'POLYGON((-74 4, -73.9 4, -73.9 4.1, -74 4.1, -74 4))'),
      ),
    );
    assert.deepEqual([rights.status, rights.rowsAccepted, rights.rowsRejected], ['loaded', 3, 0]);
    const [pole, continent, colombia] = await stored(db, 'mining_right');
    assert.deepEqual([pole?.geometry, codesOf(pole)], [false, ['GEOMETRY_INVALID:ERROR']]);
    assert.deepEqual([continent?.geometry, codesOf(continent)], [true, ['GEOMETRY_OUTSIDE_COUNTRY:ERROR']]);
    assert.deepEqual(codesOf(colombia), ['GEOMETRY_OUTSIDE_COUNTRY:ERROR']);

    // A detection is its footprint: one off the globe is rejected, with the reason.
    const detections = await ingest(
      db,
      'SATELLITE-ALERTS.geojson',
      featureCollection([
        { properties: { id: 'OFF', detected_on: '2024-01-20' }, rings: [squareRing(-70, 91, 0.01)] },
        { properties: { id: 'ON', detected_on: '2024-01-20' }, rings: [squareRing(-70.45, -12.85, 0.01)] },
        // Coordinates nested one level short: rejected like any unusable geometry, the file still loads.
        { properties: { id: 'FLAT', detected_on: '2024-01-20' }, rings: [[5, 6]] as unknown as number[][][] },
      ]),
    );
    assert.deepEqual(
      [detections.rowsAccepted, detections.rowsRejected, detections.rejectedByCode],
      [1, 2, { GEOMETRY_INVALID: 2 }],
    );
    // A Peruvian reserve drawn in Colombia: its countries come from the row.
    const areas = await ingest(
      db,
      'PROTECTED-AREAS.geojson',
      featureCollection([
        {
          properties: { id: 'PE-ASTRAY', name: 'Extraviada', kind: 'PROTECTED_AREA', country: 'PE' },
          rings: [squareRing(-74, 4, 0.1)],
        },
        {
          properties: {
            id: 'PE-CO-BORDER',
            name: 'Fronteriza',
            kind: 'INDIGENOUS_TERRITORY',
            country: 'PE, CO',
          },
          rings: [squareRing(-74, 4, 0.1)],
        },
      ]),
    );
    assert.equal(areas.rowsAccepted, 2);
    const flagged = await db.query<StoredFlags>(
      `SELECT id, country, true AS geometry, flags FROM geo_feature WHERE kind <> 'SATELLITE_DETECTION' ORDER BY id`,
    );
    assert.deepEqual(
      flagged.map((row) => [row.id, codesOf(row)]),
      [
        ['AREA:PE-ASTRAY', ['GEOMETRY_OUTSIDE_COUNTRY:ERROR']],
        ['AREA:PE-CO-BORDER', []],
      ],
    );
    const [reason] = await db.query<{ message: string }>(
      `SELECT message FROM quarantine WHERE code = 'GEOMETRY_INVALID' ORDER BY row_number`,
    );
    assert.match(reason?.message ?? '', /outside WGS84/);
  });

  it('attributes each detection to the country whose reference boundary holds it, never from other records', async () => {
    const db = await engine.openMigrated();
    // A Peruvian "right" over most of the continent: it must lend its country to no detection.
    await ingest(
      db,
      'PE-CATASTRO.csv',
      cadastre(cadastreRow('650000002', 'POLYGON((-81 -40, -35 -40, -35 12, -81 12, -81 -40))')),
    );
    const places: [string, number, number][] = [
      ['IN-PE', -70.45, -12.85],
      ['IN-CO', -76.68, 5.12],
      ['IN-EC', -78.5, -0.2],
      ['IN-BO', -68.1, -16.5],
      ['IN-BR', -60, -10],
      ['AT-SEA', -85, -5],
    ];
    const report = await ingest(
      db,
      'SATELLITE-ALERTS.geojson',
      featureCollection(
        places.map(([id, lon, lat]) => ({
          properties: { id, detected_on: '2024-01-20' },
          rings: [squareRing(lon - 0.002, lat - 0.002, 0.004)],
        })),
      ),
    );
    assert.equal(report.rowsAccepted, places.length);
    const rows = await stored(db, 'geo_feature');
    assert.deepEqual(
      rows.map((row) => [row.id, row.country]),
      [
        ['SAT:AT-SEA', null],
        ['SAT:IN-BO', 'BO'],
        ['SAT:IN-BR', 'BR'],
        ['SAT:IN-CO', 'CO'],
        ['SAT:IN-EC', 'EC'],
        ['SAT:IN-PE', 'PE'],
      ],
    );
  });
});
