import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { silentLogger } from '../../core/logger.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { loadProfiles } from '../profiles/load-profiles.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../readers/read-limits.js';
import { fuzzCheck } from '../testing/fuzz-check.js';
import { hostileCsv, hostileGeoJson, hostileWkt } from '../testing/hostile-files.js';
import { ingestFile, type IngestOptions } from './ingest-file.js';

const OPTIONS: IngestOptions = { profiles: loadProfiles(), logger: silentLogger(), today: '2026-11-26' };
const LOWERED: ReadLimits = {
  ...DEFAULT_READ_LIMITS,
  maxRecordChars: 2000,
  maxColumns: 40,
  maxFeatures: 8,
  maxFeatureChars: 4000,
  maxVertices: 100,
};
const CADASTRE_HEADER =
  'CODIGO_UNICO;NOMBRE_DERECHO;TITULAR;RUC_TITULAR;ESTADO_LEGAL;SUSTANCIA;HECTAREAS;DEPARTAMENTO;PROVINCIA;DISTRITO;FECHA_FORMULACION;WKT';

/** A hostile file of one of the three text formats, named for its layout. */
const hostileFile = fc.oneof(
  hostileCsv.map((bytes) => ({ name: 'PE-COMPRAS.csv', bytes })),
  hostileGeoJson.map((bytes) => ({ name: 'PROTECTED-AREAS.geojson', bytes })),
  hostileWkt.map((wkt) => ({
    name: 'PE-CATASTRO.csv',
    bytes: Buffer.from(
      `${CADASTRE_HEADER}\n010012318;R;MINERA S.A.;20131312955;TITULADO;METALICA;10.00;LIMA;LIMA;LIMA;15/06/1998;${wkt}\n`,
    ),
  })),
);

describeEachEngine('ingestFile under generated hostile files', (engine) => {
  it('ends every file loaded (every row accounted for) or failed with a message, and keeps going', async () => {
    const db: Database = await engine.openMigrated();
    const dir = mkdtempSync(join(tmpdir(), 'veta-ingest-fuzz-'));
    const cases = fc.tuple(hostileFile, fc.boolean(), fc.boolean());
    // Bounded in time: this runs in CI on every push.
    await fuzzCheck(
      cases,
      async ([file, lowered, threads]) => {
        const path = join(dir, file.name);
        writeFileSync(path, file.bytes);
        const limits = lowered ? LOWERED : DEFAULT_READ_LIMITS;
        const report = await ingestFile(db, path, { ...OPTIONS, limits, threads });
        if (report.status === 'failed') {
          assert.ok(report.error !== null && report.error.message.length > 0);
          assert.notEqual(report.error.code, 'INTERNAL', report.error.message);
          assert.ok(
            !report.error.message.includes(dir),
            `the message names the server path: ${report.error.message}`,
          );
        } else if (report.status === 'skipped') {
          assert.match(report.message ?? '', /already loaded/);
        } else {
          assert.equal(report.status, 'loaded');
          assert.equal(report.rowsAccepted + report.rowsRejected, report.rowsRead);
        }
      },
      { budgetMs: 3000, numRuns: 300 },
    );
    // The database is still answering: no file took it (or the process) down.
    const [alive] = await db.query<{ one: number }>('SELECT 1 AS one');
    assert.equal(alive?.one, 1);
  });
});
