import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { DEFAULT_BROKER_URL } from '../federation/transport/nats-broker.js';
import { FIXTURES_DIR } from '../ingest/profiles/testing/map-fixture.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const BIN = fileURLToPath(new URL('../../bin/veta.js', import.meta.url));
const BROKER = process.env.NATS_URL ?? DEFAULT_BROKER_URL;
let root = '';

// Peru's agreement with the hub, letting it ask whether an identifier is registered in Peru.
const AGREEMENT = `id: PE-HUB
version: 1
title: { es: Acuerdo de prueba, en: Test agreement }
from: PE
to: HUB
purposes: [CROSS_BORDER_DETECTION]
legalBasis: Decisión 774 de la Comunidad Andina
validFrom: 2025-01-01
validUntil: 2030-12-31
records:
  Party: none
questions: [IDENTIFIER_REGISTERED]
`;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-ask-cli-'));
  await mkdir(join(root, 'files'));
  await copyFile(join(FIXTURES_DIR, 'PE-PADRON-RUC.csv'), join(root, 'files', 'PE-PADRON-RUC.csv'));
  await writeFile(join(root, 'pe-hub.yaml'), AGREEMENT);
});
after(() => rm(root, { recursive: true, force: true }));

describeEachEngine('veta ask and a node answering', (engine) => {
  it("asks Peru's node whether a RUC is registered there, and says so when the node is not answering", async () => {
    const node = dbArgs(await engine.createTarget());
    const hub = dbArgs(await engine.createTarget());
    const prefix = `vetaaskcli${randomBytes(4).toString('hex')}`;
    const pe = { VETA_NODE_DIR: join(root, `${engine.engine}-pe`), VETA_BROKER_PREFIX: prefix };
    const hq = { VETA_NODE_DIR: join(root, `${engine.engine}-hub`), VETA_BROKER_PREFIX: prefix };
    const agreement = join(root, 'pe-hub.yaml');
    assert.equal((await runVeta(['node', 'init', '--country', 'PE', '--name', 'Perú'], pe)).code, 0);
    assert.equal(
      (await runVeta(['node', 'init', '--country', 'PE', '--name', 'CAN', '--role', 'hub'], hq)).code,
      0,
    );
    assert.equal((await runVeta([...hub, 'node', 'trust', join(pe.VETA_NODE_DIR, 'node.json')], hq)).code, 0);
    assert.equal(
      (await runVeta([...node, 'node', 'trust', join(hq.VETA_NODE_DIR, 'node.json')], pe)).code,
      0,
    );
    assert.equal((await runVeta([...node, 'ingest', join(root, 'files')], pe)).code, 0);
    // The hub learns the agreement as every share carries it.
    const bundle = join(root, `${engine.engine}-bundle`);
    assert.equal((await runVeta([...node, 'share', '--agreement', agreement, '--out', bundle], pe)).code, 0);
    assert.equal((await runVeta([...hub, 'receive', bundle], hq)).code, 0);

    const child = spawn(
      process.execPath,
      [BIN, ...node, 'serve', '--port', '0', '--transport', BROKER, '--agreement', agreement],
      { env: { ...process.env, ...pe, DATABASE_URL: undefined }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          if (/Answering questions to PE under PE-HUB v1/.test(stdout)) resolve();
        });
        child.once('exit', (code) => reject(new Error(`veta serve exited with ${String(code)}: ${stderr}`)));
      });
      const asked = await runVeta(
        [...hub, 'ask', 'PE', '--identifier', 'PE:RUC:20603124589', '--transport', BROKER],
        hq,
      );
      assert.equal(asked.code, 0, asked.stderr);
      assert.equal(asked.stdout, 'PE holds it in PE-PADRON-RUC (1).\n');
      const none = await runVeta(
        [...hub, '--json', 'ask', 'PE', '--identifier', 'PE:RUC:20999999991', '--transport', BROKER],
        hq,
      );
      assert.deepEqual((JSON.parse(none.stdout) as { answer: unknown }).answer, {
        registered: false,
        registers: [],
      });
      const totals = await runVeta(
        [
          ...hub,
          'ask',
          'PE',
          '--exporter',
          'PE:RUC:20603124589',
          '--from',
          '2024-01',
          '--to',
          '2024-12',
          '--transport',
          BROKER,
        ],
        hq,
      );
      assert.equal(totals.code, 1);
      assert.match(totals.stderr, /allows the question EXPORTER_TOTALS/);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    assert.match(stdout, /Answered a question from HUB under PE-HUB v1\.\n/);
    const offline = await runVeta(
      [...hub, 'ask', 'PE', '--identifier', 'PE:RUC:20603124589', '--transport', BROKER],
      hq,
    );
    assert.equal(offline.code, 1);
    assert.match(offline.stderr, /PE's node is not answering questions on the broker now/);
  });
});
