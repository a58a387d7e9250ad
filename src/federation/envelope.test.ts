import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { canonicalJson } from '../core/canonical-json.js';
import { envelopeBytes, EnvelopeRefused, openEnvelope, sealEnvelope, type ReceiverView } from './envelope.js';
import type { NodeDescriptor } from './node-descriptor.js';
import { initNode, loadNodeIdentity, type NodeIdentity } from './node-identity.js';

let root = '';
let peru: NodeIdentity;
let impostor: NodeIdentity;
let hub: NodeDescriptor;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-envelope-'));
  await initNode(join(root, 'pe'), { country: 'PE', name: 'Perú', role: 'node' });
  // Same node id, another key: what someone who copied the descriptor but not the key would hold.
  await initNode(join(root, 'fake'), { country: 'PE', name: 'Perú', role: 'node' });
  hub = await initNode(join(root, 'hub'), { country: 'PE', name: 'Secretaría', role: 'hub' });
  peru = await loadNodeIdentity(join(root, 'pe'));
  impostor = await loadNodeIdentity(join(root, 'fake'));
});
after(() => rm(root, { recursive: true, force: true }));

function hubView(): ReceiverView {
  return {
    self: hub.nodeId,
    trustedKey: (nodeId, keyId) =>
      nodeId === peru.descriptor.nodeId && keyId === peru.descriptor.keyId ? peru.descriptor : undefined,
  };
}

function sealed() {
  return sealEnvelope(
    {
      to: 'HUB',
      kind: 'records',
      agreement: { id: 'PE-HUB', version: 2 },
      payload: {
        recordType: 'CustomsDeclaration',
        records: [{ id: 'DUA-1', fobUsd: 125000.5, exporter: 'Ñañez SAC' }],
      },
    },
    peru,
  );
}

function refusedFor(reason: string) {
  return (error: unknown) => error instanceof EnvelopeRefused && error.reason === reason;
}

void describe('signed envelopes', () => {
  it('opens what a trusted peer signed, whatever the key order it arrives in', () => {
    const envelope = sealed();
    const reordered: unknown = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(envelope).reverse())),
    );
    const opened = openEnvelope(reordered, hubView());
    assert.deepEqual(opened.payload, envelope.payload);
    assert.equal(envelopeBytes(opened).toString(), canonicalJson(envelope));
  });

  it('refuses an unsigned envelope', () => {
    const unsigned: Record<string, unknown> = { ...sealed() };
    delete unsigned.signature;
    assert.throws(() => openEnvelope(unsigned, hubView()), refusedFor('unsigned'));
  });

  it('refuses an envelope signed by a key the receiver does not trust, even under a trusted node id', () => {
    const forged = sealEnvelope({ to: 'HUB', kind: 'records', agreement: null, payload: {} }, impostor);
    assert.equal(forged.from, 'PE');
    assert.throws(() => openEnvelope(forged, hubView()), refusedFor('untrusted'));
  });

  it('refuses an envelope any byte of whose content was altered', () => {
    const text = envelopeBytes(sealed()).toString();
    // One digit of the value, then one letter of the name, each alone.
    for (const [from, to] of [
      ['125000.5', '125000.6'],
      ['Ñañez', 'Ñanez'],
      ['"version":2', '"version":3'],
    ] as const) {
      assert.ok(text.includes(from), from);
      assert.throws(() => openEnvelope(JSON.parse(text.replace(from, to)), hubView()), refusedFor('altered'));
    }
  });

  it('refuses an envelope whose signature was moved onto another', () => {
    const one = sealed();
    const other = sealed();
    assert.notEqual(one.id, other.id);
    assert.throws(
      () => openEnvelope({ ...one, signature: other.signature }, hubView()),
      refusedFor('altered'),
    );
  });

  it('refuses an envelope addressed to another node, and a message that is no envelope', () => {
    const envelope = sealEnvelope({ to: 'CO', kind: 'query', agreement: null, payload: {} }, peru);
    assert.throws(() => openEnvelope(envelope, hubView()), refusedFor('misdirected'));
    assert.throws(
      () => openEnvelope({ ...sealed(), kind: 'gossip' }, hubView()),
      (error) =>
        error instanceof EnvelopeRefused && error.reason === 'malformed' && /\/kind/.test(error.message),
    );
  });
});
