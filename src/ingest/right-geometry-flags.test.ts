import { it } from 'node:test';
import assert from 'node:assert/strict';
import { describeEachEngine } from '../store/testing/engines.js';
import { loadLayoutFile } from '../detect/testing/load-layout.js';
import { flagRightGeometries } from './right-geometry-flags.js';

const CADASTRE =
  'CODIGO_UNICO;NOMBRE_DERECHO;TITULAR;RUC_TITULAR;ESTADO_LEGAL;SUSTANCIA;HECTAREAS;DEPARTAMENTO;PROVINCIA;DISTRITO;FECHA_FORMULACION;WKT';

/** A cadastre row; a 0.02-degree square at 12.9 S measures 480.5 ha on the ellipsoid. */
function right(code: string, hectares: number, wkt: string, status = 'TITULADO'): string {
  return `${code};MINA ${code};Peña Quispe Juan;10412345679;${status};METALICA;${String(hectares)};MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;${wkt}`;
}
const square = (west: number): string =>
  `POLYGON((${String(west)} -12.9, ${String(west + 0.02)} -12.9, ${String(west + 0.02)} -12.88, ${String(west)} -12.88, ${String(west)} -12.9))`;

describeEachEngine('mining-right geometry flags', (engine) => {
  it('flags overlap and a wrong declared area, once however often it runs, beside the crossing boundary flagged as read', async () => {
    const db = await engine.openMigrated();
    await loadLayoutFile(
      db,
      'PE-CATASTRO.csv',
      `${[
        CADASTRE,
        right('650000001', 480, square(-70.5)),
        right('650000002', 480, square(-70.49)),
        right(
          '650000003',
          600,
          'POLYGON((-70.4 -12.9, -70.38 -12.9, -70.38 -12.88, -70.4 -12.88, -70.4 -12.9))',
        ),
        right(
          '650000004',
          480,
          'POLYGON((-70.3 -12.9, -70.28 -12.88, -70.28 -12.9, -70.3 -12.88, -70.3 -12.9))',
        ),
        // Edge to edge with the third right, as cadastral grids put them.
        right(
          '650000005',
          480,
          'POLYGON((-70.38 -12.9, -70.36 -12.9, -70.36 -12.88, -70.38 -12.88, -70.38 -12.9))',
        ),
      ].join('\n')}\n`,
    );
    await flagRightGeometries(db);
    const report = await flagRightGeometries(db);
    assert.deepEqual(report.byCode, {
      RIGHT_OVERLAP: 2,
      AREA_DIFFERS_FROM_DECLARED: 2,
    });
    const rows = await db.query<{ id: string; codes: string[] }>(
      `SELECT id, ARRAY(SELECT f ->> 'code' FROM jsonb_array_elements(flags) f ORDER BY 1) AS codes
       FROM mining_right ORDER BY id`,
    );
    assert.deepEqual(
      rows.map((row) => [row.id, row.codes]),
      [
        ['PE:MR:650000001', ['RIGHT_OVERLAP']],
        ['PE:MR:650000002', ['RIGHT_OVERLAP']],
        ['PE:MR:650000003', ['AREA_DIFFERS_FROM_DECLARED']],
        ['PE:MR:650000004', ['AREA_DIFFERS_FROM_DECLARED', 'GEOMETRY_SELF_INTERSECTION']],
        ['PE:MR:650000005', []],
      ],
    );
  });
});
