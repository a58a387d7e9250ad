import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, it } from 'node:test';
import { loadAgreement, type DataSharingAgreement } from '@veta/standard';
import { silentLogger } from '../../core/logger.js';
import { sealEnvelope, type Envelope } from '../../federation/envelope.js';
import { linkageKeyId } from '../../federation/linkage/linkage-key.js';
import { identifierToken } from '../../federation/linkage/person-encoding.js';
import { initNode, loadNodeIdentity, type NodeIdentity } from '../../federation/node-identity.js';
import { trustPeer } from '../../federation/peer-trust.js';
import { applyEnvelope } from '../../federation/receive/apply-envelope.js';
import { sendReveals } from '../../federation/reveal/send-reveals.js';
import { shareNode } from '../../federation/share/share-node.js';
import { receiveBundle, writeBundle } from '../../federation/transport/bundle-transport.js';
import { deliverWith } from '../../federation/transport/delivery.js';
import { ingestFolder } from '../../ingest/pipeline/ingest-folder.js';
import { simulateRegion } from '../../simulate/simulate.js';
import type { Database } from '../../store/engine/database.js';
import { revealRepository } from '../../store/federation/reveal-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { buildApp } from '../app.js';
import type { RevealView } from '../schemas/reveal-schemas.js';
import { createSignedInUser, signedIn } from '../testing/signed-in.js';

const AGREEMENT = fileURLToPath(new URL('../../../examples/agreements/pe-hub.yaml', import.meta.url));
const DAY = '2026-06-30';
const cli = { id: null, username: 'cli:test' };
// The region's linkage key: Peru's node holds it, the hub never does.
const LINKAGE = { keyId: linkageKeyId(Buffer.alloc(32, 7)), key: Buffer.alloc(32, 7) };

let root = '';
let files = '';
let peru: NodeIdentity;
let hubIdentity: NodeIdentity;
let agreement: DataSharingAgreement;

// Peru's beneficial-owner and taxpayer registers of one simulated region: persons to pseudonymise.
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-reveal-'));
  const region = join(root, 'region');
  await simulateRegion({
    seed: 3,
    scale: 'small',
    from: { year: 2024, month: 1 },
    to: { year: 2024, month: 6 },
    outDir: region,
  });
  files = join(root, 'pe');
  await mkdir(files);
  for (const name of ['PE-PADRON-RUC.csv', 'PE-BENEFICIARIO-FINAL.csv'])
    await copyFile(join(region, 'PE', name), join(files, name));
  await initNode(join(root, 'node-pe'), { country: 'PE', name: 'Perú', role: 'node' });
  await initNode(join(root, 'node-hub'), { country: 'PE', name: 'Secretaría', role: 'hub' });
  peru = await loadNodeIdentity(join(root, 'node-pe'));
  hubIdentity = await loadNodeIdentity(join(root, 'node-hub'));
  agreement = loadAgreement(AGREEMENT);
});
after(() => rm(root, { recursive: true, force: true }));

function receive(db: Database, self: string, bundle: string) {
  return receiveBundle(bundle, (value) => deliverWith((raw) => applyEnvelope(db, raw, self, DAY), value));
}

async function bundleOf(
  dir: string,
  send: (deliver: (envelope: Envelope) => Promise<void>) => Promise<unknown>,
) {
  const envelopes: Envelope[] = [];
  await send((envelope) => Promise.resolve(void envelopes.push(envelope)));
  await writeBundle(dir, envelopes);
  return envelopes;
}

async function auditActions(db: Database): Promise<string[]> {
  const rows = await db.query<{ action: string }>(
    `SELECT action FROM audit_event WHERE action LIKE 'reveal.%' ORDER BY id`,
  );
  return rows.map((row) => row.action);
}

describeEachEngine('the reveal workflow between the hub and the node that shared a person', (engine) => {
  it('asks, decides once, reveals to the requester alone until expiry, and audits each step on both nodes', async () => {
    const node = await engine.openMigrated();
    const hub = await engine.openMigrated();
    try {
      await ingestFolder(node, files, silentLogger());
      await trustPeer(hub, peru.descriptor, hubIdentity.descriptor, cli);
      await trustPeer(node, hubIdentity.descriptor, peru.descriptor, cli);
      const shared = join(root, `${engine.engine}-share`);
      await bundleOf(shared, (deliver) =>
        shareNode(node, peru, agreement, deliver, { day: DAY, linkage: LINKAGE }),
      );
      assert.equal((await receive(hub, 'HUB', shared)).refused.length, 0);

      // A person the hub holds only as a token, and an alert that names them.
      const [person] = await node.query<{ id: string; name: string }>(
        `SELECT id, name FROM party WHERE kind = 'PERSON' ORDER BY id LIMIT 1`,
      );
      assert.ok(person);
      const [token] = await hub.query<{ id: string }>(`SELECT id FROM party WHERE id = $1`, [
        identifierToken(LINKAGE, person.id),
      ]);
      assert.ok(token, 'the hub holds the person by their token');
      const [held] = await hub.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM party WHERE name = $1 OR body::text LIKE '%' || $1 || '%'`,
        [person.name],
      );
      assert.equal(held?.n, 0, 'the hub holds no name before a reveal');
      await hub.query(
        `INSERT INTO alert (id, typology, severity, score, country, period_start, period_end, subjects, title,
                            explanation, figures, evidence, detector_version)
         VALUES ('ALR-CBC', 'CROSS_BORDER_CONTROL', 'high', 0.8, 'PE', '2024-01-01', '2024-06-30', $1,
                 '{"es":"t","en":"t"}', '{"es":"e","en":"e"}', '{}', '[]', 'test'),
                ('ALR-OTHER', 'EXPORTER_SURGE', 'high', 0.8, 'PE', '2024-01-01', '2024-06-30', '{PE:RUC:20100000017}',
                 '{"es":"t","en":"t"}', '{"es":"e","en":"e"}', '{}', '[]', 'test')`,
        [[token.id]],
      );

      const hubApp = await buildApp({ db: hub, revealKey: hubIdentity.revealKey });
      const nodeApp = await buildApp({ db: node, linkage: LINKAGE });
      const requester = await createSignedInUser(hub, { role: 'analyst', countries: 'ALL' });
      const ask = (headers: { authorization: string }, payload: Record<string, unknown>) =>
        hubApp.inject({ method: 'POST', url: '/api/reveal-requests', headers, payload });
      const good = {
        alert: 'ALR-CBC',
        party: token.id,
        purpose: 'CROSS_BORDER_DETECTION',
        reason: 'Controla empresas auríferas en dos países.',
      };

      // What the hub refuses before anything leaves it.
      const viewer = await signedIn(hubApp, hub, { role: 'viewer', countries: 'ALL' });
      assert.equal((await ask(viewer, good)).statusCode, 403);
      const unlisted = await ask(requester.headers, { ...good, purpose: 'STATISTICS' });
      assert.equal(unlisted.statusCode, 422, unlisted.body);
      assert.match(unlisted.json<{ message: string }>().message, /not a purpose agreement PE-HUB v3 lists/);
      const notNamed = await ask(requester.headers, { ...good, alert: 'ALR-OTHER' });
      assert.equal(notNamed.statusCode, 422);
      assert.match(notNamed.json<{ message: string }>().message, /does not name/);
      const clear = await ask(requester.headers, { ...good, party: person.id });
      assert.equal(clear.statusCode, 422);
      const outOfScope = await signedIn(hubApp, hub, { role: 'analyst', countries: ['CO'] });
      assert.equal((await ask(outOfScope, good)).statusCode, 404);

      const asked = await ask(requester.headers, good);
      assert.equal(asked.statusCode, 201, asked.body);
      const request = asked.json<RevealView>();
      assert.deepEqual(
        [request.status, request.sent, request.ownerNode],
        ['pending', false, peru.descriptor.nodeId],
      );

      // The broker down: the request stays queued, and leaves on the next send.
      await assert.rejects(
        sendReveals(hub, hubIdentity, undefined, () => Promise.reject(new Error('broker down'))),
        /broker down/,
      );
      assert.equal((await revealRepository.unsent(hub)).length, 1);
      const requests = join(root, `${engine.engine}-requests`);
      const sentRequests = await bundleOf(requests, (deliver) =>
        sendReveals(hub, hubIdentity, undefined, deliver),
      );
      assert.equal(sentRequests.length, 1);
      assert.equal((await revealRepository.unsent(hub)).length, 0);

      // At Peru's node: the request waits for a supervisor; delivered twice, it is kept once.
      assert.equal((await receive(node, peru.descriptor.nodeId, requests)).applied, 1);
      const again = await receive(node, peru.descriptor.nodeId, requests);
      assert.deepEqual(
        again.refused.map((refusal) => refusal.reason),
        ['replayed'],
      );
      const analyst = await signedIn(nodeApp, node, { role: 'analyst', countries: ['PE'] });
      const supervisor = await createSignedInUser(node, { role: 'supervisor', countries: ['PE'] });
      const listed = await nodeApp.inject({
        method: 'GET',
        url: '/api/reveal-requests',
        headers: supervisor.headers,
      });
      const incoming = listed.json<{ requests: RevealView[] }>().requests;
      assert.deepEqual(
        incoming.map((r) => [r.id, r.direction, r.status, r.party, r.purpose]),
        [[request.id, 'incoming', 'pending', token.id, 'CROSS_BORDER_DETECTION']],
      );
      // Named by the API: the node holds no agreement from the hub to name the purpose by.
      assert.equal(incoming[0]?.purposeName.es, 'Detección transfronteriza de flujos de oro ilegal');
      const decide = (headers: { authorization: string }, verdict: string) =>
        nodeApp.inject({
          method: 'POST',
          url: `/api/reveal-requests/${request.id}/${verdict}`,
          headers,
          payload: { reason: 'Solicitud fundada en el acuerdo.', days: 30 },
        });
      assert.equal((await decide(analyst, 'approve')).statusCode, 403, 'an analyst cannot approve');
      const approved = await decide(supervisor.headers, 'approve');
      assert.equal(approved.statusCode, 200, approved.body);
      assert.equal(approved.json<RevealView>().status, 'approved');
      assert.equal(
        approved.json<RevealView>().identity,
        null,
        'the node does not keep the identity it sends',
      );
      assert.equal(
        (await decide(supervisor.headers, 'approve')).statusCode,
        409,
        'a request is decided once',
      );
      assert.equal((await decide(supervisor.headers, 'refuse')).statusCode, 409);

      const decisions = join(root, `${engine.engine}-decisions`);
      const [decision] = await bundleOf(decisions, (deliver) => sendReveals(node, peru, LINKAGE, deliver));
      assert.equal(decision?.kind, 'reveal-decision');
      // Sealed to the hub's reveal key: the envelope on the broker or in a bundle, and the hub's
      // database, hold nothing of the person in the clear.
      const surname = person.name.split(' ').at(-1) ?? person.name;
      assert.doesNotMatch(JSON.stringify(decision), new RegExp(`${surname}|${person.id}`));
      assert.equal((await receive(hub, 'HUB', decisions)).applied, 1);
      const [stored] = await hub.query<{ row: string }>(
        `SELECT row_to_json(r)::text AS row FROM reveal_request r WHERE id = $1`,
        [request.id],
      );
      assert.ok(stored?.row.includes('"data"'));
      assert.doesNotMatch(stored?.row ?? '', new RegExp(`${surname}|${person.id}`));
      // A second decision on the same request, however signed, changes nothing.
      const replay = sealEnvelope(
        {
          to: 'HUB',
          kind: 'reveal-decision',
          agreement: { id: 'PE-HUB', version: 3 },
          payload: {
            request: request.id,
            decision: 'refused',
            decidedBy: 'otro',
            decidedAt: new Date().toISOString(),
            reason: 'cambio de opinión',
          },
        },
        peru,
      );
      await assert.rejects(applyEnvelope(hub, replay, 'HUB', DAY), /decided already/);

      // The identity: for the requester, and nobody else, not even an administrator.
      const view = async (headers: { authorization: string }) =>
        (await hubApp.inject({ method: 'GET', url: '/api/reveal-requests', headers })).json<{
          requests: RevealView[];
        }>().requests;
      const [mine] = await view(requester.headers);
      assert.equal(mine?.status, 'approved');
      assert.equal(mine.identity?.name, person.name);
      assert.ok(mine.identity.identifiers.includes(person.id));
      const colleague = await signedIn(hubApp, hub, { role: 'analyst', countries: 'ALL' });
      assert.deepEqual(await view(colleague), []);
      const admin = await signedIn(hubApp, hub, { role: 'admin', countries: 'ALL' });
      const [seen] = await view(admin);
      assert.deepEqual([seen?.id, seen?.status, seen?.identity], [request.id, 'approved', null]);
      // Served without the hub's reveal key, the app cannot open it, even for the requester.
      const keyless = await buildApp({ db: hub });
      const [unopened] = (
        await keyless.inject({ method: 'GET', url: '/api/reveal-requests', headers: requester.headers })
      ).json<{ requests: RevealView[] }>().requests;
      assert.deepEqual([unopened?.status, unopened?.identity], ['approved', null]);
      await keyless.close();

      // Expired, the identity is gone from the hub's database, not only from the view.
      await hub.query(`UPDATE reveal_request SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        request.id,
      ]);
      const [expired] = await view(requester.headers);
      assert.deepEqual([expired?.status, expired?.identity], ['expired', null]);
      const [kept] = await hub.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM reveal_request WHERE identity IS NOT NULL`,
      );
      assert.equal(kept?.n, 0);

      assert.deepEqual(await auditActions(hub), ['reveal.request', 'reveal.approved', 'reveal.read']);
      assert.deepEqual(await auditActions(node), ['reveal.received', 'reveal.approve']);
      await hubApp.close();
      await nodeApp.close();
    } finally {
      await node.close();
      await hub.close();
    }
  });
});
