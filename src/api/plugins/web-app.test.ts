import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';

function builtWebApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'veta-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Veta</title><div id="root"></div>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("veta")');
  return root;
}

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describeEachEngine('serving the web application', (engine) => {
  it('serves index.html, the built files, and index.html for the app’s own routes', async () => {
    const app = await buildApp({ db: await engine.openMigrated(), webRoot: builtWebApp() });

    const home = await app.inject({ method: 'GET', url: '/', headers: HTML });
    assert.equal(home.statusCode, 200);
    assert.match(String(home.headers['content-type']), /text\/html/);
    assert.match(home.body, /<title>Veta<\/title>/);
    assert.match(String(home.headers['content-security-policy']), /worker-src 'self' blob:/);

    const script = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    assert.equal(script.statusCode, 200);
    assert.match(String(script.headers['content-type']), /javascript/);
    assert.equal(script.body, 'console.log("veta")');
    assert.match(String(script.headers['cache-control']), /immutable/, 'hashed assets never change');
    assert.equal(home.headers['cache-control'], 'no-cache');

    for (const url of [
      '/alerts/ALR-42',
      '/entities/PE-RUC-20123456789/network?hops=2',
      '/users/ana.quispe',
    ]) {
      const page = await app.inject({ method: 'GET', url, headers: HTML });
      assert.equal(page.statusCode, 200, url);
      assert.match(page.body, /<div id="root">/, url);
      assert.equal(page.headers['cache-control'], 'no-cache', url);
    }
    await app.close();
  });

  it('keeps API misses, missing assets and escapes from the web root as 404s', async () => {
    const app = await buildApp({ db: await engine.openMigrated(), webRoot: builtWebApp() });
    const api = await app.inject({ method: 'GET', url: '/api/nothing-here', headers: HTML });
    assert.equal(api.statusCode, 404);
    assert.equal(api.json<{ code: string }>().code, 'NOT_FOUND');

    const asset = await app.inject({ method: 'GET', url: '/assets/missing.js', headers: { accept: '*/*' } });
    assert.equal(asset.statusCode, 404, 'a missing script is not answered with HTML');

    const escape = await app.inject({ method: 'GET', url: '/../../etc/passwd', headers: { accept: '*/*' } });
    assert.equal(escape.statusCode, 404);
    assert.doesNotMatch(escape.body, /root:/);

    const post = await app.inject({ method: 'POST', url: '/alerts/1', headers: HTML });
    assert.equal(post.statusCode, 404);
    await app.close();
  });

  it('serves only the API without a web root', async () => {
    const app = await buildApp({ db: await engine.openMigrated() });
    assert.equal((await app.inject({ method: 'GET', url: '/', headers: HTML })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
    await app.close();
  });
});
