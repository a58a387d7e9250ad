import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { reportingPeer } from '../federation/testing/reported-peer.js';
import { connectBroker, DEFAULT_BROKER_URL, streamName } from '../federation/transport/nats-broker.js';
import { publishEnvelopes } from '../federation/transport/nats-transport.js';
import { FIXTURES_DIR } from '../ingest/profiles/testing/map-fixture.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

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

  it('keeps each uploaded file in --keep-uploads DIR once loaded, named by its SHA-256', async () => {
    const target = await engine.createTarget();
    const password = 'clave-de-prueba-2024';
    const added = await runVeta(
      [
        ...dbArgs(target),
        'users',
        'add',
        'ana',
        '--role',
        'analyst',
        '--countries',
        'PE',
        '--password-stdin',
      ],
      {},
      `${password}\n`,
    );
    assert.equal(added.code, 0, added.stderr);
    const keep = mkdtempSync(join(tmpdir(), 'veta-serve-keep-'));
    const child = spawn(
      process.execPath,
      [BIN, ...dbArgs(target), 'serve', '--port', '0', '--keep-uploads', keep],
      { env: { ...process.env, DATABASE_URL: undefined }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const address = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const match = /serving at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`veta serve exited with ${String(code)}: ${stderr}`)));
    });
    const fixture = readFileSync(join(FIXTURES_DIR, 'PE-COMPRAS.csv'));
    try {
      const login = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: address },
        body: JSON.stringify({ username: 'ana', password }),
      });
      assert.equal(login.status, 200, await login.clone().text());
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const form = new FormData();
      form.append('file', new Blob([fixture]), 'PE-COMPRAS.csv');
      const sent = await fetch(`${address}/api/uploads`, {
        method: 'POST',
        headers: { cookie, origin: address },
        body: form,
      });
      assert.equal(sent.status, 202, await sent.clone().text());
      const { id } = (await sent.json()) as { id: string };
      let status = '';
      for (let attempt = 0; attempt < 600 && status !== 'done' && status !== 'failed'; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const state = await fetch(`${address}/api/uploads/${id}`, { headers: { cookie } });
        status = ((await state.json()) as { status: string }).status;
      }
      assert.equal(status, 'done');
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, stderr);
    const sha256 = createHash('sha256').update(fixture).digest('hex');
    assert.deepEqual(readdirSync(keep), [`${sha256}-PE-COMPRAS.csv`]);
  });

  it(
    'refuses a hop count for --trust-proxy unless it listens on a loopback address',
    { timeout: 30_000 },
    async () => {
      const target = await engine.createTarget();
      const run = await runVeta([
        ...dbArgs(target),
        'serve',
        '--port',
        '0',
        '--host',
        '0.0.0.0',
        '--trust-proxy',
        '1',
      ]);
      assert.equal(run.code, 2, run.stdout);
      assert.match(run.stderr, /USAGE: --trust-proxy 1 .*give the proxies' addresses or CIDR ranges instead/);
    },
  );

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

describeEachEngine('veta serve --role hub', (engine) => {
  it('consumes what trusted nodes publish while it serves, then resolves and detects', async () => {
    const root = mkdtempSync(join(tmpdir(), 'veta-serve-hub-'));
    const hubDir = join(root, 'hub');
    const db = dbArgs(await engine.createTarget());
    const hubInit = await runVeta([
      'node',
      '--node-dir',
      hubDir,
      'init',
      '--country',
      'PE',
      '--name',
      'CAN',
      '--role',
      'hub',
    ]);
    assert.equal(hubInit.code, 0, hubInit.stderr);
    const { peru, envelopes } = await reportingPeer();
    writeFileSync(join(root, 'pe.json'), JSON.stringify(peru.descriptor));
    const trust = await runVeta([...db, 'node', '--node-dir', hubDir, 'trust', join(root, 'pe.json')]);
    assert.equal(trust.code, 0, trust.stderr);

    const noBroker = await runVeta([...db, 'serve', '--port', '0', '--role', 'hub', '--node-dir', hubDir]);
    assert.equal(noBroker.code, 2, noBroker.stderr);
    assert.match(noBroker.stderr, /--role hub needs --transport/);

    const names = { prefix: `vetaserve${randomBytes(4).toString('hex')}` };
    const nc = await connectBroker(DEFAULT_BROKER_URL);
    try {
      await publishEnvelopes(nc, names, envelopes);
      const child = spawn(
        process.execPath,
        [
          BIN,
          ...db,
          'serve',
          '--port',
          '0',
          '--role',
          'hub',
          '--transport',
          DEFAULT_BROKER_URL,
          '--every',
          '1',
          '--node-dir',
          hubDir,
        ],
        {
          env: { ...process.env, DATABASE_URL: undefined, VETA_BROKER_PREFIX: names.prefix },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          if (/raised\.\n/.test(stdout)) resolve();
        });
        child.once('exit', (code) => reject(new Error(`veta serve exited with ${String(code)}: ${stderr}`)));
      });
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      assert.equal(code, 0, stderr);
      assert.match(stdout, /Receiving as HUB from nats:\/\/127\.0\.0\.1:4222 every 1 second\.\n/);
      assert.match(
        stdout,
        /Applied 2 envelopes; refused 0\.\nResolved \d+ entit(y|ies); \d+ alerts? raised\.\n/,
      );
    } finally {
      await (await nc.jetstreamManager()).streams.delete(streamName(names, 'PE')).catch(() => undefined);
      await nc.close();
    }
  });
});
