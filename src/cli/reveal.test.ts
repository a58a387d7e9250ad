import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { loadLinkageKey } from '../federation/linkage/linkage-key.js';
import { identifierToken } from '../federation/linkage/person-encoding.js';
import { revealKeyOf } from '../federation/node-identity.js';
import { parseSealedIdentity } from '../federation/reveal/reveal-payloads.js';
import { openIdentity } from '../federation/reveal/sealed-identity.js';
import { DEFAULT_BROKER_URL } from '../federation/transport/nats-broker.js';
import { FIXTURES_DIR } from '../ingest/profiles/testing/map-fixture.js';
import { openDatabase } from '../store/engine/open-database.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const BROKER = process.env.NATS_URL ?? DEFAULT_BROKER_URL;
let root = '';

// Peru shares its taxpayers with the hub pseudonymised: persons reach it as tokens only.
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
  Party: pseudonymised
`;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-reveal-cli-'));
  await mkdir(join(root, 'files'));
  await copyFile(join(FIXTURES_DIR, 'PE-PADRON-RUC.csv'), join(root, 'files', 'PE-PADRON-RUC.csv'));
  await writeFile(join(root, 'pe-hub.yaml'), AGREEMENT);
});
after(() => rm(root, { recursive: true, force: true }));

describeEachEngine('veta reveal between the hub and an offline node', (engine) => {
  it('queues the request on the broker while the node is away, and brings the approved identity back', async () => {
    const nodeTarget = await engine.createTarget();
    const hubTarget = await engine.createTarget();
    const node = dbArgs(nodeTarget);
    const hub = dbArgs(hubTarget);
    const prefix = `vetarevealcli${randomBytes(4).toString('hex')}`;
    const pe = { VETA_NODE_DIR: join(root, `${engine.engine}-pe`), VETA_BROKER_PREFIX: prefix };
    const hq = { VETA_NODE_DIR: join(root, `${engine.engine}-hub`), VETA_BROKER_PREFIX: prefix };
    const ok = async (args: string[], env: Record<string, string>) => {
      const run = await runVeta(args, env);
      assert.equal(run.code, 0, `veta ${args.join(' ')}: ${run.stderr}`);
      return run.stdout;
    };
    await ok(['node', 'init', '--country', 'PE', '--name', 'Perú'], pe);
    await ok(['node', 'init', '--country', 'PE', '--name', 'CAN', '--role', 'hub'], hq);
    await ok(['node', 'linkage-key', 'create'], pe);
    await ok([...hub, 'node', 'trust', join(pe.VETA_NODE_DIR, 'node.json')], hq);
    await ok([...node, 'node', 'trust', join(hq.VETA_NODE_DIR, 'node.json')], pe);
    await ok([...node, 'ingest', join(root, 'files')], pe);
    const bundle = join(root, `${engine.engine}-bundle`);
    await ok([...node, 'share', '--agreement', join(root, 'pe-hub.yaml'), '--out', bundle], pe);
    await ok([...hub, 'receive', bundle], hq);

    // The representative of AURUM EXPORT, as the hub holds them, and an alert that names them.
    const linkage = await loadLinkageKey(pe.VETA_NODE_DIR);
    assert.ok(linkage);
    const token = identifierToken(linkage, 'PE:DNI:41234567');
    const db = await openDatabase(hubTarget);
    try {
      const [held] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM party WHERE id = $1 AND name NOT LIKE '%QUISPE%'`,
        [token],
      );
      assert.equal(held?.n, 1);
      await db.query(
        `INSERT INTO alert (id, typology, severity, score, country, period_start, period_end, subjects, title,
                            explanation, figures, evidence, detector_version)
         VALUES ('ALR-1', 'CROSS_BORDER_CONTROL', 'high', 0.8, 'PE', '2024-01-01', '2024-06-30', $1,
                 '{"es":"t","en":"t"}', '{"es":"e","en":"e"}', '{}', '[]', 'test')`,
        [[token]],
      );
    } finally {
      await db.close();
    }

    const asked = JSON.parse(
      await ok(
        [
          ...hub,
          '--json',
          'reveal',
          'request',
          '--alert',
          'ALR-1',
          '--party',
          token,
          '--purpose',
          'CROSS_BORDER_DETECTION',
          '--reason',
          'Representa a un exportador investigado.',
        ],
        hq,
      ),
    ) as { id: string };
    // The node is not receiving: the request waits on the broker's stream.
    assert.match(await ok([...hub, 'reveal', 'send', '--transport', BROKER], hq), /Sent 1 envelope/);
    assert.match(await ok([...hub, 'reveal', 'send', '--transport', BROKER], hq), /Nothing waits/);

    await ok([...node, 'receive', '--transport', BROKER, '--from', 'HUB'], pe);
    assert.match(await ok([...node, 'reveal', 'list'], pe), new RegExp(`${asked.id}\\s+pending\\s+from HUB`));
    await ok([...node, 'reveal', 'approve', asked.id, '--reason', 'Procede.', '--days', '10'], pe);
    const twice = await runVeta([...node, 'reveal', 'approve', asked.id, '--reason', 'Otra vez.'], pe);
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /was approved already/);
    await ok([...node, 'reveal', 'send', '--transport', BROKER], pe);

    await ok([...hub, 'receive', '--transport', BROKER, '--from', 'PE'], hq);
    const listed = JSON.parse(await ok([...hub, '--json', 'reveal', 'list'], hq)) as {
      requests: { id: string; status: string; identity?: unknown }[];
    };
    // The command line shows the decision, never the identity: that is the requester's, in the app.
    assert.deepEqual(
      listed.requests.map((r) => [r.id, r.status, r.identity]),
      [[asked.id, 'approved', undefined]],
    );
    // Kept sealed to the hub's reveal key: its node folder opens it, as the served app does.
    const after = await openDatabase(hubTarget);
    try {
      const [revealed] = await after.query<{ identity: unknown }>(
        `SELECT identity FROM reveal_request WHERE id = $1`,
        [asked.id],
      );
      assert.doesNotMatch(JSON.stringify(revealed?.identity), /QUISPE|ROSA/);
      const sealed = parseSealedIdentity(revealed?.identity);
      assert.ok(typeof sealed !== 'string', 'kept sealed');
      const revealKey = await revealKeyOf(hq.VETA_NODE_DIR);
      assert.ok(revealKey);
      assert.equal(openIdentity(sealed, revealKey, asked.id)?.name, 'QUISPE MAMANI ROSA ELENA');
    } finally {
      await after.close();
    }
  });
});
