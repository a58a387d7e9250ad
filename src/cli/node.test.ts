import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { describeEachEngine } from '../store/testing/engines.js';
import { dbArgs, runVeta } from './testing/run-veta.js';

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describeEachEngine('veta node', (engine) => {
  it('creates two identities, trusts one from the other, lists and revokes it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'veta-node-cli-'));
    dirs.push(root);
    const db = dbArgs(await engine.createTarget());
    const peru = join(root, 'pe');

    const init = await runVeta(['node', '--node-dir', peru, 'init', '--country', 'PE', '--name', 'Perú']);
    assert.equal(init.code, 0, init.stderr);
    assert.match(init.stdout, /^Created node PE \(node, Perú\) in .*\nKey id: [\w-]{43}\n/);
    assert.equal((await stat(join(peru, 'node-key.pem'))).mode & 0o777, 0o600);
    const again = await runVeta(['node', '--node-dir', peru, 'init', '--country', 'PE', '--name', 'Perú']);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds a node identity/);

    const hubInit = await runVeta(
      ['--json', 'node', 'init', '--country', 'PE', '--name', 'CAN', '--role', 'hub'],
      {
        VETA_NODE_DIR: join(root, 'hub'),
      },
    );
    assert.equal(hubInit.code, 0, hubInit.stderr);
    const hub = (JSON.parse(hubInit.stdout) as { descriptor: { nodeId: string } }).descriptor;
    assert.equal(hub.nodeId, 'HUB');

    const hubEnv = { VETA_NODE_DIR: join(root, 'hub') };
    const show = await runVeta(['--json', 'node', '--node-dir', peru, 'show']);
    const peruKey = (JSON.parse(show.stdout) as { keyId: string }).keyId;
    const trust = await runVeta([...db, 'node', 'trust', join(peru, 'node.json')], hubEnv);
    assert.equal(trust.code, 0, trust.stderr);
    assert.equal(trust.stdout, `Now trusting PE (node, Perú, PE) key ${peruKey}.\n`);
    const own = await runVeta([...db, 'node', 'trust', join(root, 'hub', 'node.json')], hubEnv);
    assert.equal(own.code, 1);
    assert.match(own.stderr, /does not trust itself/);

    const peers = await runVeta([...db, 'node', 'peers'], hubEnv);
    assert.match(peers.stdout, /^PE \(node, Perú, PE\) key [\w-]{43}: trusted since \d{4}-\d\d-\d\d by cli:/);
    const revoke = await runVeta([...db, 'node', 'revoke', 'PE'], hubEnv);
    assert.equal(revoke.stdout, 'Revoked 1 key of PE.\n');
    assert.match((await runVeta([...db, 'node', 'peers'], hubEnv)).stdout, /: revoked \d{4}-/);
    const missing = await runVeta([...db, 'node', 'trust', join(root, 'nothing.json')], hubEnv);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nothing\.json cannot be read/);
  });
});
