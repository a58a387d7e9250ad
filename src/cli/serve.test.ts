import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs } from './testing/run-veta.js';

const BIN = fileURLToPath(new URL('../../bin/veta.js', import.meta.url));

describeEachEngine('veta serve', (engine) => {
  it('serves the API and the web app on the address it prints, and stops cleanly on SIGTERM', async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'veta-serve-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Veta</title>');
    const target = await engine.createTarget();
    const child = spawn(
      process.execPath,
      [BIN, ...dbArgs(target), 'serve', '--port', '0', '--web-root', webRoot],
      {
        env: { ...process.env, DATABASE_URL: undefined },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = /serving at (http:\/\/127\.0\.0\.1:\d+)\. Press Ctrl-C/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`veta serve exited with ${String(code)}: ${stderr}`)));
    });
    try {
      const health = await fetch(`${address}/api/health`);
      assert.equal(health.status, 200);
      assert.deepEqual(await health.json(), { status: 'ok' });
      const page = await fetch(`${address}/alerts/7`, { headers: { accept: 'text/html' } });
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>Veta<\/title>/);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Veta stopped\.\n$/);
  });

  it('refuses a web root without index.html', async () => {
    const target = await engine.createTarget();
    const child = spawn(process.execPath, [BIN, ...dbArgs(target), 'serve', '--web-root', tmpdir()], {
      env: { ...process.env, DATABASE_URL: undefined },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 2);
    assert.match(stderr, /PATH_NOT_FOUND: There is no index.html in/);
  });
});
