import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import { buildApp } from './app.js';
import { operationsOf, urlOf } from './testing/openapi-routes.js';
import { signedIn } from './testing/signed-in.js';

/**
 * What an auditor may call besides the audit trail: their own session and tokens, and the
 * rulebook, which is published law rather than a country's records.
 */
const AUDITOR_ROUTES = /^\/api\/(audit|auth|rules)(\/|$)/;

// Every route the API publishes is walked, so a route added later is covered without editing
// this test: it must refuse an anonymous caller, and keep an auditor (who reads only the audit
// trail) away from the region's data.
describeEachEngine('every API route', (engine) => {
  it('refuses anonymous callers on every route not declared public, before reading its input', async () => {
    const app = await buildApp({ db: await engine.openMigrated() });
    const operations = await operationsOf(app);
    assert.ok(operations.length >= 20, `only ${String(operations.length)} operations published`);
    const open: string[] = [];
    for (const { method, path, operation } of operations) {
      if (operation.security?.length === 0) {
        open.push(`${method} ${path}`);
        continue;
      }
      const response = await app.inject({ method, url: urlOf(path, operation) });
      assert.equal(response.statusCode, 401, `${method} ${path} answered ${String(response.statusCode)}`);
      assert.equal(response.json<{ code: string }>().code, 'UNAUTHENTICATED');
    }
    assert.deepEqual(open.sort(), ['GET /api/health', 'POST /api/auth/login']);
    await app.close();
  });

  it('keeps an auditor to the audit trail: every data route answers 403', async () => {
    const db = await engine.openMigrated();
    const app = await buildApp({ db });
    const headers = await signedIn(app, db, { role: 'auditor', countries: 'ALL' });
    for (const { method, path, operation } of await operationsOf(app)) {
      if (method !== 'GET' || operation.security?.length === 0 || AUDITOR_ROUTES.test(path)) continue;
      const response = await app.inject({ method, url: urlOf(path, operation), headers });
      assert.equal(response.statusCode, 403, `GET ${path} answered ${String(response.statusCode)}`);
    }
    const audit = await app.inject({ method: 'GET', url: '/api/audit', headers });
    assert.equal(audit.statusCode, 200);
    await app.close();
  });
});
