import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';

describeEachEngine('security headers', (engine) => {
  it('sends every security header, on answers and on errors alike', async () => {
    const app = await buildApp({ db: await engine.openMigrated() });
    for (const url of ['/api/health', '/api/auth/me', '/api/nothing-here', '/api/docs/']) {
      const response = await app.inject({ method: 'GET', url });
      const headers = response.headers;
      const csp = String(headers['content-security-policy']);
      assert.match(csp, /default-src 'self'/, url);
      assert.match(csp, /script-src 'self';/, `${url}: no inline or external scripts`);
      assert.match(csp, /worker-src 'self' blob:/, `${url}: MapLibre's workers`);
      assert.match(csp, /img-src 'self' data: blob:/, url);
      assert.match(csp, /style-src 'self' 'unsafe-inline'/, url);
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.match(csp, /object-src 'none'/, url);
      assert.doesNotMatch(csp, /https?:/, `${url}: no external origin`);
      assert.equal(headers['x-content-type-options'], 'nosniff', url);
      assert.equal(headers['x-frame-options'], 'SAMEORIGIN', url);
      assert.equal(headers['referrer-policy'], 'no-referrer', url);
      assert.match(String(headers['strict-transport-security']), /max-age=\d+/, url);
      assert.equal(headers['cross-origin-opener-policy'], 'same-origin', url);
      assert.equal(headers['cross-origin-resource-policy'], 'same-origin', url);
      assert.equal(headers['x-powered-by'], undefined, url);
    }
    const api = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(api.headers['cache-control'], 'no-store', 'case data is never cached');
    await app.close();
  });
});
