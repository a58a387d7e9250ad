import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { it } from 'node:test';
import { oneCellBomb, workbookParts } from '../../ingest/testing/xlsx-parts.js';
import { zipFile } from '../../ingest/testing/zip-file.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp, type VetaApp } from '../app.js';
import { multipartFile } from '../testing/multipart.js';
import { signedIn } from '../testing/signed-in.js';
import { uploadSettled } from '../testing/uploads.js';
import { HEADERS } from '../../detect/testing/headers.js';

type Headers = { authorization: string };
interface UploadState {
  status: string;
  error: { code: string; message: string } | null;
}

const MB = 1024 * 1024;
const HEADER = ['SEMESTRE', 'CODIGO', 'RUC', 'MINERAL', 'PRODUCCION', 'UNIDAD'];

// The reader bounds raised far out of the way, and the reading thread's heap made small: what ends
// the reading is then the heap, as it would be for a blow-up no bound foresaw.
const UNBOUNDED = {
  VETA_MAX_XLSX_PART_BYTES: String(4096 * MB),
  VETA_MAX_XLSX_INFLATION_RATIO: '100000',
  VETA_MAX_SHARED_STRINGS: '1000000000',
  VETA_MAX_SHARED_STRINGS_BYTES: String(4096 * MB),
  VETA_MAX_CELL_BYTES: String(4096 * MB),
  VETA_MAX_READ_HEAP_MB: '48',
};

async function withEnvironment<T>(values: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await body();
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
}

async function upload(app: VetaApp, headers: Headers, fileName: string, content: Buffer): Promise<string> {
  const body = multipartFile(fileName, content);
  const response = await app.inject({
    method: 'POST',
    url: '/api/uploads',
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
  assert.equal(response.statusCode, 202, response.body);
  return response.json<{ id: string }>().id;
}

/** Polls the upload until it ends, checking at every step that the API still answers. */
async function settled(app: VetaApp, headers: Headers, id: string): Promise<UploadState> {
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    const health = await app.inject({ method: 'GET', url: '/api/health', headers });
    assert.equal(health.statusCode, 200, health.body);
    const state = (
      await app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers })
    ).json<UploadState>();
    if (state.status === 'done' || state.status === 'failed') return state;
    await sleep(50);
  }
  assert.fail(`upload ${id} did not finish`);
}

describeEachEngine('UploadLoader reads each file in a capped worker thread first', (engine) => {
  it('fails a workbook that exhausts the reading heap with a message, and the server goes on', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const headers = await signedIn(app, db, { role: 'analyst', countries: ['EC'] });
    const parts = workbookParts('EC-PRODUCCION', [HEADER]).map((part) =>
      part.path === 'xl/sharedStrings.xml' ? oneCellBomb(64 * MB) : part,
    );
    const genuine = zipFile(
      workbookParts('EC-PRODUCCION', [HEADER, ['2024-S1', '100234', '0190123456001', 'AU', '12.5', 'kg']]),
    );
    const [failed, loaded] = await withEnvironment(UNBOUNDED, async () => [
      await settled(app, headers, await upload(app, headers, 'EC-PRODUCCION-2024.xlsx', zipFile(parts))),
      // The same server, the same small heap: a genuine workbook still loads.
      await settled(app, headers, await upload(app, headers, 'EC-PRODUCCION-2025.xlsx', genuine)),
    ]);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.error?.code, 'READ_LIMIT');
    assert.match(
      failed?.error?.message ?? '',
      /^EC-PRODUCCION-2024\.xlsx was not loaded: reading it took all the memory it was given, past the limit of 48 megabytes .* VETA_MAX_READ_HEAP_MB/,
    );
    assert.deepEqual([loaded?.status, loaded?.error], ['done', null]);
    await app.close();
  });
});

describeEachEngine('UploadLoader after a load that brings mining rights', (engine) => {
  it('reports a committed load as done, with a sentence, when the boundary checks then fail', async () => {
    const db = await engine.openMigrated();
    // The database refuses the checks' update of stored rights, as a lost connection or a bug would.
    await db.query(`CREATE FUNCTION refuse_right_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await db.query(`CREATE TRIGGER refuse_right_update BEFORE UPDATE ON mining_right
      FOR EACH ROW EXECUTE FUNCTION refuse_right_update()`);
    const app = await buildApp({ db });
    const headers = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const cadastre = `${HEADERS['PE-CATASTRO']}\n650001122;MINA;Peña Quispe Juan;10412345679;TITULADO;METALICA;484;MADRE DE DIOS;MANU;HUEPETUHE;03/02/2015;POLYGON((-70.5 -12.9, -70.48 -12.9, -70.48 -12.88, -70.5 -12.88, -70.5 -12.9))\n`;
    const state = await uploadSettled(app, headers, 'PE-CATASTRO.csv', cadastre);
    assert.equal(state.status, 'done');
    assert.equal(state.rowsAccepted, 1);
    assert.notEqual(state.batchId, null);
    assert.equal(state.error?.code, 'RIGHT_CHECKS_FAILED');
    assert.match(
      state.error?.message ?? '',
      /^PE-CATASTRO\.csv was loaded, but checking the mining rights' boundaries/,
    );
    assert.doesNotMatch(state.error?.message ?? '', /refused|\//);
    const [stored] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM mining_right');
    assert.equal(stored?.n, 1);
    await app.close();
  });
});
