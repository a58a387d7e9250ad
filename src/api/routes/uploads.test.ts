import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { FIXTURES_DIR } from '../../ingest/profiles/testing/map-fixture.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import { multipartFile } from '../testing/multipart.js';
import { signedIn } from '../testing/signed-in.js';
import { settled, upload } from '../testing/uploads.js';

describeEachEngine('POST /api/uploads', (engine) => {
  it('loads an uploaded file in the background, reports its progress and adds its batch', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const fixture = readFileSync(join(FIXTURES_DIR, 'PE-COMPRAS.csv'));

    const accepted = await upload(app, ana, 'PE-COMPRAS.csv', fixture);
    assert.equal(accepted.statusCode, 202, accepted.body);
    const { id } = accepted.json<{ id: string }>();
    const states = await settled(app, ana, id);
    const done = states.at(-1);
    assert.equal(done?.status, 'done');
    assert.ok(states.every((state) => ['queued', 'loading', 'done'].includes(state.status)));
    assert.ok(
      states.every((state, index) => index === 0 || state.fraction >= (states[index - 1]?.fraction ?? 0)),
    );
    assert.deepEqual(
      [done?.fraction, done?.rowsRead, done?.rowsAccepted, done?.rowsRejected, done?.report?.layout],
      [1, 3, 2, 1, 'PE-COMPRAS'],
    );

    const batches = await app.inject({ method: 'GET', url: '/api/batches', headers: ana });
    const [batch] = batches.json<{ items: { id: number; file: { name: string }; rowsAccepted: number }[] }>()
      .items;
    assert.deepEqual(
      [batch?.id, batch?.file.name, batch?.rowsAccepted],
      [done?.batchId, 'PE-COMPRAS.csv', 2],
    );
    const quarantine = await app.inject({
      method: 'GET',
      url: `/api/quarantine?batch=${String(batch?.id)}`,
      headers: ana,
    });
    assert.ok(quarantine.json<{ total: number }>().total >= 1);
    const audited = await db.query<{ subject_id: string }>(
      "SELECT subject_id FROM audit_event WHERE action = 'upload.received'",
    );
    assert.deepEqual(audited, [{ subject_id: id }]);

    // Only the uploader follows an upload; the same bytes again change nothing.
    const other = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    assert.equal(
      (await app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers: other })).statusCode,
      404,
    );
    const again = await upload(app, ana, 'PE-COMPRAS.csv', fixture);
    const repeated = (await settled(app, ana, again.json<{ id: string }>().id)).at(-1);
    assert.deepEqual([repeated?.status, repeated?.batchId], ['done', done?.batchId]);
    await app.close();
  });

  it('refuses a file past the limit with 413 and a sentence naming the limit', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db, uploadLimitBytes: 1024 });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const response = await upload(app, ana, 'PE-COMPRAS.csv', 'x'.repeat(5000));
    assert.equal(response.statusCode, 413);
    assert.deepEqual(response.json(), {
      code: 'UPLOAD_TOO_LARGE',
      message:
        'The file is larger than the 1 KB this server accepts; split it, or load it with "veta ingest" on the server.',
    });
    const small = await upload(
      app,
      ana,
      'PE-COMPRAS.csv',
      readFileSync(join(FIXTURES_DIR, 'PE-COMPRAS.csv')),
    );
    assert.equal(small.statusCode, 202, 'a file within the limit is taken');
    await settled(app, ana, small.json<{ id: string }>().id);
    await app.close();
  });

  it('reports a file no layout recognises as a failed upload with the reason', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    const response = await upload(app, ana, 'holiday-photos.bin', randomBytes(4096));
    assert.equal(response.statusCode, 202);
    const failed = (await settled(app, ana, response.json<{ id: string }>().id)).at(-1);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.batchId, null);
    assert.ok(failed?.error, 'an error is reported');
    assert.match(failed.error.code, /^(LAYOUT_UNRECOGNISED|FILE_NOT_TEXT)$/);
    assert.ok(failed.error.message.length > 20);
    await app.close();
  });

  it('takes uploads only from users who may ingest, signed in, with a file', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const viewer = await signedIn(app, db, { role: 'viewer', countries: ['PE'] });
    const ana = await signedIn(app, db, { role: 'analyst', countries: ['PE'] });
    assert.equal((await upload(app, viewer, 'PE-COMPRAS.csv', 'x')).statusCode, 403);
    const anonymous = multipartFile('PE-COMPRAS.csv', 'x');
    const response = await app.inject({ method: 'POST', url: '/api/uploads', ...anonymous });
    assert.equal(response.statusCode, 401);
    const json = await app.inject({
      method: 'POST',
      url: '/api/uploads',
      headers: ana,
      payload: { file: 'x' },
    });
    assert.equal(json.statusCode, 400);
    const unknown = await app.inject({
      method: 'GET',
      url: `/api/uploads/${crypto.randomUUID()}`,
      headers: ana,
    });
    assert.equal(unknown.statusCode, 404);
    await app.close();
  });
});
