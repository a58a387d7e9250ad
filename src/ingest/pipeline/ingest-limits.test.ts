import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { DEFAULT_READ_LIMITS } from '../readers/read-limits.js';
import { ingestFile, type IngestOptions } from './ingest-file.js';

const OPTIONS: IngestOptions = { profiles: loadProfiles(), logger: silentLogger(), today: '2026-11-26' };
const HEADER =
  'CODIGO_UNICO;NOMBRE_DERECHO;TITULAR;RUC_TITULAR;ESTADO_LEGAL;SUSTANCIA;HECTAREAS;DEPARTAMENTO;PROVINCIA;DISTRITO;FECHA_FORMULACION;WKT';

/** A closed ring of `vertices` points (the first repeated last) around a point in Pataz, as WKT. */
function polygon(vertices: number): string {
  const points = Array.from({ length: vertices - 1 }, (_, index) => {
    const angle = (2 * Math.PI * index) / (vertices - 1);
    return `${(-77.46 + 0.01 * Math.cos(angle)).toFixed(6)} ${(-7.96 + 0.01 * Math.sin(angle)).toFixed(6)}`;
  });
  return `POLYGON((${[...points, points[0]].join(',')}))`;
}

function cadastre(wkt: string, code = '010012318'): string {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-limits-')), 'PE-CATASTRO.csv');
  const row = `${code};RETAMAS;MINERA RETAMAS S.A.;20131312955;TITULADO;METALICA;1000.00;LA LIBERTAD;PATAZ;PARCOY;15/06/1998;${wkt}`;
  writeFileSync(path, `${HEADER}\n${row}\n`);
  return path;
}

async function rights(db: Database): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mining_right');
  return row?.n ?? -1;
}

describeEachEngine('ingestFile within the read limits', (engine) => {
  // One database for the file: opening one is most of each test's time.
  let opened: Database | undefined;
  const open = async (): Promise<Database> => (opened ??= await engine.openMigrated());

  for (const threads of [false, true]) {
    it(`fails a WKT polygon past the vertex limit, mapped ${threads ? 'in worker threads' : 'on the main thread'}`, async () => {
      const db = await open();
      const before = await rights(db);
      const limits = { ...DEFAULT_READ_LIMITS, maxVertices: 1000 };
      const code = threads ? '010012319' : '010012318';
      const within = await ingestFile(db, cadastre(polygon(1000), code), { ...OPTIONS, limits, threads });
      assert.equal(within.status, 'loaded', within.error?.message);
      const past = await ingestFile(db, cadastre(polygon(1001), code), { ...OPTIONS, limits, threads });
      assert.equal(past.status, 'failed');
      assert.deepEqual(past.error, {
        code: 'READ_LIMIT',
        message:
          'PE-CATASTRO.csv was not loaded: row 2, column WKT, holds a geometry of 1,001 vertices, past the limit of 1,000 vertices in one geometry. Split or simplify the file, or raise VETA_MAX_VERTICES if it is genuine.',
      });
      assert.equal(await rights(db), before + 1, 'only the polygon within the limit is stored');
    });
  }

  it('fails a cadastre row whose WKT polygon has a million vertices, storing nothing', async () => {
    const db = await open();
    const before = await rights(db);
    // Never parsed: the line is past the record limit long before its end.
    const wkt = `POLYGON((${'-77.46 -7.96,'.repeat(1_000_000)}-77.46 -7.96))`;
    const report = await ingestFile(db, cadastre(wkt), OPTIONS);
    assert.equal(report.status, 'failed');
    assert.equal(report.error?.code, 'READ_LIMIT', report.error?.message);
    assert.equal(await rights(db), before);
  });

  it('fails a GeoJSON file past a limit as such, even when only its header could name its layout', async () => {
    const db = await open();
    const path = join(mkdtempSync(join(tmpdir(), 'veta-limits-')), 'areas.geojson');
    const feature = (id: string): unknown => ({
      type: 'Feature',
      properties: { id, name: id, kind: 'PROTECTED_AREA' },
      geometry: { type: 'Point', coordinates: [-69.6, -12.7] },
    });
    writeFileSync(
      path,
      JSON.stringify({ type: 'FeatureCollection', features: [feature('A'), feature('B')] }),
    );
    const limits = { ...DEFAULT_READ_LIMITS, maxFeatures: 1 };
    const report = await ingestFile(db, path, { ...OPTIONS, limits });
    assert.equal(report.error?.code, 'READ_LIMIT', report.error?.message);
    assert.match(report.error?.message ?? '', /raise VETA_MAX_FEATURES/);
  });
});
