import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { connectBroker, DEFAULT_BROKER_URL, streamName } from '../federation/transport/nats-broker.js';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const AGREEMENT = fileURLToPath(new URL('../../examples/agreements/pe-hub.yaml', import.meta.url));
const BROKER = process.env.NATS_URL ?? DEFAULT_BROKER_URL;
let root = '';
let files = '';

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-share-cli-'));
  const region = join(root, 'region');
  assert.equal((await runVeta(['simulate', '--seed', '5', '--scale', 'small', '--out', region])).code, 0);
  files = join(root, 'pe');
  await mkdir(files);
  for (const name of ['PE-DAM.csv', 'PE-PADRON-RUC.csv'])
    await copyFile(join(region, 'PE', name), join(files, name));
});
after(() => rm(root, { recursive: true, force: true }));

describeEachEngine('veta share and veta receive', (engine) => {
  it('carry Peru’s customs declarations to the hub by bundle and by NATS, and say where NATS is missing', async () => {
    const node = dbArgs(await engine.createTarget());
    const hubTarget = await engine.createTarget();
    const hub = dbArgs(hubTarget);
    const prefix = `vetacli${randomBytes(4).toString('hex')}`;
    const pe = { VETA_NODE_DIR: join(root, `${engine.engine}-pe`), VETA_BROKER_PREFIX: prefix };
    const hq = { VETA_NODE_DIR: join(root, `${engine.engine}-hub`), VETA_BROKER_PREFIX: prefix };
    assert.equal((await runVeta(['node', 'init', '--country', 'PE', '--name', 'Perú'], pe)).code, 0);
    assert.equal(
      (await runVeta(['node', 'init', '--country', 'PE', '--name', 'CAN', '--role', 'hub'], hq)).code,
      0,
    );
    assert.equal((await runVeta([...hub, 'node', 'trust', join(pe.VETA_NODE_DIR, 'node.json')], hq)).code, 0);
    assert.equal((await runVeta([...node, 'ingest', files], pe)).code, 0);

    // Without the region's linkage key, nothing the agreement pseudonymises goes: not the persons,
    // nor the customs declarations, whose declarant may be a person. They wait for the key.
    const keyless = await runVeta(
      [...node, 'share', '--agreement', AGREEMENT, '--out', join(root, `${engine.engine}-keyless`)],
      pe,
    );
    assert.equal(keyless.code, 0, keyless.stderr);
    for (const [recordType, form] of [
      ['CustomsDeclaration', 'fields'],
      ['Party', 'pseudonymised'],
    ])
      assert.match(
        keyless.stdout,
        new RegExp(
          `${recordType} +${form} +0 sent +\\d+ kept here \\(no pseudonymisation key is configured\\)`,
        ),
      );
    assert.equal((await runVeta(['node', 'linkage-key', 'create'], pe)).code, 0);

    const bundle = join(root, `${engine.engine}-bundle`);
    const shared = await runVeta([...node, 'share', '--agreement', AGREEMENT, '--out', bundle], pe);
    assert.equal(shared.code, 0, shared.stderr);
    const sent = /^Shared with HUB under PE-HUB v3: (\d+) envelopes written to .*\((\d+) files\)\./.exec(
      shared.stdout,
    );
    assert.ok(sent !== null && sent[1] === sent[2] && Number(sent[1]) >= 2, shared.stdout);
    assert.match(shared.stdout, /CustomsDeclaration +fields +[1-9]\d* sent +0 kept here/);
    assert.match(shared.stdout, /Party +pseudonymised +[1-9]\d* sent +0 kept here/);
    assert.match(shared.stderr, /Sharing under PE-HUB v3/);

    const received = await runVeta([...hub, 'receive', bundle], hq);
    assert.equal(received.code, 0, received.stderr);
    assert.equal(received.stdout, `Applied ${sent[1] ?? ''} envelopes; refused 0.\n`);
    const again = await runVeta([...hub, '--json', 'receive', bundle], hq);
    const replays = JSON.parse(again.stdout) as { applied: number; refused: { reason: string }[] };
    assert.equal(replays.applied, 0);
    assert.deepEqual([...new Set(replays.refused.map((refusal) => refusal.reason))], ['replayed']);

    // Over NATS: the node's later share carries only the agreement and its report (nothing new was loaded).
    const published = await runVeta([...node, 'share', '--agreement', AGREEMENT, '--transport', BROKER], pe);
    assert.equal(published.code, 0, published.stderr);
    assert.match(published.stdout, /2 envelopes published on nats:\/\/.*\(2 new, 0 already there\)/);
    const consumed = await runVeta([...hub, 'receive', '--transport', BROKER], hq);
    assert.equal(consumed.stdout, 'Applied 2 envelopes; refused 0.\n');

    const down = await runVeta(
      [...node, 'share', '--agreement', AGREEMENT, '--transport', 'nats://127.0.0.1:1'],
      pe,
    );
    assert.equal(down.code, 1);
    assert.match(
      down.stderr,
      /NATS server at nats:\/\/127\.0\.0\.1:1 cannot be reached.*veta share --out DIR/,
    );

    const db = await openDatabase(hubTarget);
    try {
      const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM customs_declaration');
      assert.ok((row?.n ?? 0) > 100);
      const audit = await db.query<{ action: string }>(
        "SELECT action FROM audit_event WHERE action LIKE 'federation.%' ORDER BY id",
      );
      assert.deepEqual(
        audit.map((entry) => entry.action),
        ['federation.trust', 'federation.receive', 'federation.receive', 'federation.receive'],
      );
    } finally {
      await db.close();
      const nc = await connectBroker(BROKER);
      await (await nc.jetstreamManager()).streams.delete(streamName({ prefix }, 'PE')).catch(() => undefined);
      await nc.close();
    }
  });
});
