import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { verifyAudit } from '../audit/verify-audit.js';
import { isVetaError } from '../core/veta-error.js';
import { describeEachEngine } from '../store/testing/engines.js';
import { acceptEnvelope } from './accept-envelope.js';
import { EnvelopeRefused, sealEnvelope } from './envelope.js';
import type { NodeIdentity } from './node-identity.js';
import { revokePeer, trustPeer } from './peer-trust.js';
import { peruAndHub } from './testing/test-nodes.js';

let root = '';
let peru: NodeIdentity;
let hub: NodeIdentity;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-accept-'));
  ({ peru, hub } = await peruAndHub(root));
});
after(() => rm(root, { recursive: true, force: true }));

const cli = { id: null, username: 'cli:test' };
const refused = (reason: string) => (error: unknown) =>
  error instanceof EnvelopeRefused && error.reason === reason;

function records() {
  return sealEnvelope(
    { to: 'HUB', kind: 'records', agreement: { id: 'PE-HUB', version: 1 }, payload: { records: [] } },
    peru,
  );
}

describeEachEngine('accepting envelopes', (engine) => {
  it('accepts an envelope once: a replay is refused and a rolled-back apply can be redelivered', async () => {
    const db = await engine.openMigrated();
    assert.deepEqual(await trustPeer(db, peru.descriptor, hub.descriptor, cli), { added: true });
    assert.deepEqual(await trustPeer(db, peru.descriptor, hub.descriptor, cli), { added: false });
    const envelope = records();

    // The hub crashes mid-apply: the envelope's record goes with the rolled-back content.
    await assert.rejects(
      db.transaction(async (tx) => {
        await acceptEnvelope(tx, envelope, 'HUB');
        throw new Error('power cut');
      }),
      /power cut/,
    );
    const { envelope: accepted } = await db.transaction((tx) => acceptEnvelope(tx, envelope, 'HUB'));
    assert.equal(accepted.id, envelope.id);
    await assert.rejects(
      db.transaction((tx) => acceptEnvelope(tx, structuredClone(envelope), 'HUB')),
      refused('replayed'),
    );
    const rows = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM federation_envelope');
    assert.equal(rows[0]?.count, 1);
  });

  it('refuses envelopes from a peer never trusted, or whose key was revoked, and audits trust changes', async () => {
    const db = await engine.openMigrated();
    await assert.rejects(
      db.transaction((tx) => acceptEnvelope(tx, records(), 'HUB')),
      refused('untrusted'),
    );
    await trustPeer(db, peru.descriptor, hub.descriptor, cli);
    await db.transaction((tx) => acceptEnvelope(tx, records(), 'HUB'));
    assert.equal(await revokePeer(db, 'PE', undefined, cli), 1);
    await assert.rejects(
      db.transaction((tx) => acceptEnvelope(tx, records(), 'HUB')),
      refused('untrusted'),
    );
    await assert.rejects(revokePeer(db, 'PE', undefined, cli), (error) => isVetaError(error, 'NOT_FOUND'));

    const actions = await db.query<{ action: string; subject_id: string }>(
      "SELECT action, subject_id FROM audit_event WHERE action LIKE 'federation.%' ORDER BY id",
    );
    assert.deepEqual(
      actions.map((row) => `${row.action} ${row.subject_id}`),
      ['federation.trust PE', 'federation.revoke PE'],
    );
    assert.equal((await verifyAudit(db)).ok, true);
  });

  it('refuses to trust its own node id, and any envelope that claims to come from itself', async () => {
    const db = await engine.openMigrated();
    const own = sealEnvelope({ to: 'HUB', kind: 'records', agreement: null, payload: {} }, hub);
    await assert.rejects(
      db.transaction((tx) => acceptEnvelope(tx, own, 'HUB')),
      (error) =>
        refused('untrusted')(error) && /from this node \(HUB\) itself/.test((error as Error).message),
    );
    await assert.rejects(
      trustPeer(db, hub.descriptor, hub.descriptor, cli),
      (error) => isVetaError(error, 'CONFLICT') && /does not trust itself/.test(error.message),
    );
  });
});
