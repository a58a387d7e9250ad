import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import { buildApp } from './app.js';
import { signedIn } from './testing/signed-in.js';

describeEachEngine('the API application', (engine) => {
  it('answers health and publishes its OpenAPI document and docs', async () => {
    const app = await buildApp({ db: await engine.openMigrated() });
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json(), { status: 'ok' });

    const openapi = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(openapi.statusCode, 200);
    const document = openapi.json<{ openapi: string; paths: Record<string, unknown> }>();
    assert.match(document.openapi, /^3\./);
    assert.ok('/api/health' in document.paths);

    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);

    const missing = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json<{ code: string }>().code, 'NOT_FOUND');
    await app.close();
  });

  it('names the database engine in health only to a signed-in caller', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const anonymous = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(anonymous.statusCode, 200);
    assert.doesNotMatch(anonymous.body, /pglite|postgres|engine/i);
    const headers = await signedIn(app, db, { role: 'viewer', countries: ['PE'] });
    const signed = await app.inject({ method: 'GET', url: '/api/health', headers });
    assert.deepEqual(signed.json(), { status: 'ok', engine: engine.engine });
    await app.close();
  });
});
