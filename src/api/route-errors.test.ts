import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import { buildApp } from './app.js';
import { operationsOf } from './testing/openapi-routes.js';

/**
 * The error answers every route must declare, from what it does: every route can fail (500) and be
 * sent a bad query (400, the input guard reads every query string); a closed route refuses the
 * anonymous (401); one with a path parameter names something that may not be there (404); one
 * taking a body may be sent one too large (413) or not JSON (415).
 */
function errorsExpected(path: string, operation: { security?: unknown[]; requestBody?: unknown }): string[] {
  const expected = ['400', '500'];
  if (operation.security === undefined || operation.security.length > 0) expected.push('401');
  if (path.includes('{')) expected.push('404');
  if (operation.requestBody !== undefined) expected.push('413', '415');
  return expected;
}

describeEachEngine('the error answers of the routes', (engine) => {
  it('are declared by every route, each as the one error body', async () => {
    const app = await buildApp({ db: await engine.openMigrated() });
    const missing: string[] = [];
    const operations = await operationsOf(app);
    assert.ok(operations.length > 30, 'the document lists the routes');
    for (const { method, path, operation } of operations) {
      const responses = operation.responses ?? {};
      for (const status of errorsExpected(path, operation))
        if (!(status in responses)) missing.push(`${method} ${path} ${status}`);
      for (const [status, response] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        const schema = response.content?.['application/json']?.schema;
        assert.equal(schema?.$ref, '#/components/schemas/ErrorBody', `${method} ${path} ${status}`);
      }
    }
    assert.deepEqual(missing, [], 'declare these with errorResponses (src/api/schemas/error-responses.ts)');
    await app.close();
  });
});
