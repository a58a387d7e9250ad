import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { BUILTIN_PROFILES_DIR, loadProfiles } from '../../ingest/profiles/load-profiles.js';
import { FIXTURES_DIR } from '../../ingest/profiles/testing/map-fixture.js';
import type { Database } from '../../store/engine/database.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import { signedIn } from '../testing/signed-in.js';
import { upload, uploadSettled } from '../testing/uploads.js';

// One row of the Colombian register that renames a company: the tester's upload.
const RUCOM = [
  'TIPO_DOCUMENTO;NUMERO_DOCUMENTO;DV;NOMBRE;CLASIFICACION;CODIGO_EXPEDIENTE;MUNICIPIO;DEPARTAMENTO;ESTADO;FECHA_CERTIFICACION',
  'NIT;900987654;7;RENAMED BY AN OUTSIDER S.A.S.;COMERCIALIZADOR;;MEDELLIN;ANTIOQUIA;CERTIFICADO;15/02/2023',
].join('\r\n');
const AREAS = readFileSync(join(FIXTURES_DIR, 'PROTECTED-AREAS.geojson'));

async function stored(db: Database): Promise<number[]> {
  const counts = await db.query<{ files: number; batches: number; parties: number; areas: number }>(
    `SELECT (SELECT count(*)::int FROM source_file) AS files, (SELECT count(*)::int FROM ingest_batch) AS batches,
       (SELECT count(*)::int FROM party) AS parties, (SELECT count(*)::int FROM geo_feature) AS areas`,
  );
  const [row] = counts;
  return row ? [row.files, row.batches, row.parties, row.areas] : [];
}

describeEachEngine('POST /api/uploads within the uploader scope', (engine) => {
  it("refuses with 403 another country's layout and a regional one, storing nothing; takes them within scope", async () => {
    const db = await engine.openMigrated();
    const work = mkdtempSync(join(tmpdir(), 'veta-upload-work-'));
    const app = await buildApp({ db, uploadWorkDir: work });
    const peru = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });

    for (const [name, content, whose] of [
      ['CO-RUCOM.csv', RUCOM, 'data of CO'],
      // Recognised by its header alone, as the loader would.
      ['export.csv', RUCOM, 'data of CO'],
      ['PROTECTED-AREAS.geojson', AREAS, 'regional data'],
    ] as const) {
      const response = await upload(app, peru, name, content);
      assert.equal(response.statusCode, 403, `${name}: ${response.body}`);
      const body = response.json<{ code: string; message: string }>();
      assert.equal(body.code, 'LAYOUT_OUT_OF_SCOPE', name);
      assert.ok(body.message.includes(whose), body.message);
    }
    assert.deepEqual(await stored(db), [0, 0, 0, 0], 'no file, batch or record stored');
    assert.deepEqual(readdirSync(work), [], 'the refused files are deleted');
    const refusals = await db.query<{ countries: string[]; file: string }>(
      `SELECT countries, details->>'file' AS file FROM audit_event WHERE action = 'upload.refused' ORDER BY id`,
    );
    assert.deepEqual(
      refusals,
      ['CO-RUCOM.csv', 'export.csv', 'PROTECTED-AREAS.geojson'].map((file) => ({ countries: ['PE'], file })),
      "each refusal is audited for the uploader's own country",
    );

    // The same files from their own country, and from the region.
    const colombia = await signedIn(app, db, { role: 'analyst', countries: ['CO'] });
    const region = await signedIn(app, db, { role: 'supervisor', countries: 'ALL' });

    const rucom = await uploadSettled(app, colombia, 'CO-RUCOM.csv', RUCOM);
    assert.deepEqual([rucom.status, rucom.rowsAccepted], ['done', 1], JSON.stringify(rucom.error));
    const areas = await uploadSettled(app, region, 'PROTECTED-AREAS.geojson', AREAS);
    assert.equal(areas.status, 'done', JSON.stringify(areas.error));
    assert.ok(areas.rowsAccepted > 0);
    await app.close();
  });

  it("refuses a layout that names an agency to another agency's users, who cannot see its batches either", async () => {
    const db = await engine.openMigrated();
    // An operator's profile folder (VETA_PROFILES_DIR) that gives the purchase register to SUNAT.
    const dir = mkdtempSync(join(tmpdir(), 'veta-agency-profiles-'));
    const builtIn = readFileSync(join(BUILTIN_PROFILES_DIR, 'PE-COMPRAS.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'PE-COMPRAS.yaml'),
      builtIn.replace('country: PE\n', 'country: PE\nagency: SUNAT\n'),
    );
    const app = await buildApp({ db, profiles: loadProfiles(dir) });
    const purchases = readFileSync(join(FIXTURES_DIR, 'PE-COMPRAS.csv'));
    const otherAgency = await signedIn(app, db, { role: 'analyst', countries: ['PE'], agency: 'INGEMMET' });
    const sunat = await signedIn(app, db, { role: 'analyst', countries: ['PE'], agency: 'SUNAT' });

    const refused = await upload(app, otherAgency, 'PE-COMPRAS.csv', purchases);
    assert.equal(refused.statusCode, 403, refused.body);
    assert.match(
      refused.json<{ message: string }>().message,
      /PE-COMPRAS layout, which is data of PE held by SUNAT/,
    );
    assert.deepEqual(await stored(db), [0, 0, 0, 0], 'nothing stored');

    const loaded = await uploadSettled(app, sunat, 'PE-COMPRAS.csv', purchases);
    assert.equal(loaded.status, 'done', JSON.stringify(loaded.error));
    const batchesOf = async (headers: { authorization: string }) =>
      (await app.inject({ method: 'GET', url: '/api/batches', headers })).json<{ total: number }>().total;
    assert.deepEqual([await batchesOf(sunat), await batchesOf(otherAgency)], [1, 0]);
    await app.close();
  });
});
