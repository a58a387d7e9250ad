import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { NatsConnection } from 'nats';
import { isVetaError } from '../../core/veta-error.js';
import {
  EnvelopeRefused,
  openEnvelope,
  sealEnvelope,
  type Envelope,
  type ReceiverView,
} from '../envelope.js';
import { initNode, loadNodeIdentity, type NodeIdentity } from '../node-identity.js';
import { receiveBundle, writeBundle } from './bundle-transport.js';
import { deliverWith, type DeliveryOutcome } from './delivery.js';
import { connectBroker, DEFAULT_BROKER_URL, streamName, type BrokerNames } from './nats-broker.js';
import { publishEnvelopes, receiveEnvelopes } from './nats-transport.js';

let root = '';
let peru: NodeIdentity;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-transport-'));
  await initNode(join(root, 'pe'), { country: 'PE', name: 'Perú', role: 'node' });
  peru = await loadNodeIdentity(join(root, 'pe'));
});
after(() => rm(root, { recursive: true, force: true }));

function batch(count: number): Envelope[] {
  return Array.from({ length: count }, (_, index) =>
    sealEnvelope(
      { to: 'HUB', kind: 'records', agreement: { id: 'PE-HUB', version: 1 }, payload: { index } },
      peru,
    ),
  );
}

/** A receiver standing in for the hub's database: it remembers the ids it applied, as the store does. */
function hub(failOn?: number) {
  const applied: number[] = [];
  const seen = new Set<string>();
  const view: ReceiverView = {
    self: 'HUB',
    trustedKey: (nodeId, keyId) =>
      nodeId === 'PE' && keyId === peru.descriptor.keyId ? peru.descriptor : undefined,
  };
  let failures = failOn === undefined ? 0 : 1;
  const deliver = (value: unknown): Promise<DeliveryOutcome> =>
    deliverWith((raw) => {
      const envelope = openEnvelope(raw, view);
      const index = (envelope.payload as { index: number }).index;
      if (index === failOn && failures > 0) {
        failures -= 1;
        throw new Error('the hub stopped mid-apply');
      }
      if (seen.has(envelope.id))
        throw new EnvelopeRefused('replayed', `Envelope ${envelope.id} was already applied.`);
      seen.add(envelope.id);
      applied.push(index);
      return Promise.resolve();
    }, value);
  return { applied, deliver };
}

void describe('bundle files', () => {
  it('carry the envelopes in order, byte for byte; an altered or foreign file is refused by name', async () => {
    const dir = join(root, 'bundle');
    const envelopes = batch(3);
    const files = await writeBundle(dir, envelopes);
    assert.equal(files.length, 3);
    const receiver = hub();
    const report = await receiveBundle(dir, receiver.deliver);
    assert.deepEqual(receiver.applied, [0, 1, 2]);
    assert.equal(report.applied, 3);

    const [first] = files;
    assert.ok(first !== undefined);
    const text = await readFile(join(dir, first), 'utf8');
    await writeFile(join(dir, first), text.replace('"index":0', '"index":9'));
    await writeFile(join(dir, `zz-${'x'.repeat(8)}.veta-envelope.json`), '{not json');
    const again = await receiveBundle(dir, hub().deliver);
    assert.equal(again.applied, 2);
    assert.deepEqual(
      again.refused.map((refusal) => refusal.reason),
      ['altered', 'malformed'],
    );
    assert.match(again.refused[1]?.message ?? '', /zz-x+\.veta-envelope\.json is not JSON/);
    assert.equal((await readdir(dir)).length, 4);
  });
});

void describe('NATS JetStream', () => {
  let nc: NatsConnection;
  const names: BrokerNames = { prefix: `vetatest${randomBytes(4).toString('hex')}` };
  before(async () => {
    nc = await connectBroker(process.env.NATS_URL ?? DEFAULT_BROKER_URL);
  });
  after(async () => {
    const jsm = await nc.jetstreamManager();
    await jsm.streams.delete(streamName(names, 'PE')).catch(() => undefined);
    await nc.close();
  });

  it('delivers once across a retried publish, a receiver offline, and a receiver that stops mid-apply', async () => {
    const envelopes = batch(5);
    const first = await publishEnvelopes(nc, names, envelopes.slice(0, 3));
    assert.deepEqual(first, { published: 3, duplicates: 0 });
    // A publish retried after a lost acknowledgement: the broker stores each id once.
    const retried = await publishEnvelopes(nc, names, envelopes.slice(2));
    assert.deepEqual(retried, { published: 2, duplicates: 1 });

    // The hub stops while applying envelope 2: 0 and 1 stay applied, 2 is offered again.
    const receiver = hub(2);
    await assert.rejects(
      receiveEnvelopes(nc, names, { from: 'PE', self: 'HUB' }, receiver.deliver, {
        batch: 1,
        ackWaitMs: 1000,
      }),
      /stopped mid-apply/,
    );
    assert.deepEqual(receiver.applied, [0, 1]);
    const resumed = await receiveEnvelopes(nc, names, { from: 'PE', self: 'HUB' }, receiver.deliver, {
      batch: 2,
      ackWaitMs: 1000,
    });
    assert.deepEqual(receiver.applied, [0, 1, 2, 3, 4]);
    assert.deepEqual(resumed, { applied: 3, refused: [] });

    // Nothing pending: a later receive applies nothing; new envelopes arrive in order.
    const later = batch(2);
    await publishEnvelopes(nc, names, later);
    const next = await receiveEnvelopes(nc, names, { from: 'PE', self: 'HUB' }, receiver.deliver);
    assert.equal(next.applied, 2);
    assert.deepEqual(receiver.applied, [0, 1, 2, 3, 4, 0, 1]);
  });

  it('keeps an envelope of a key not trusted yet on the broker until the key is trusted', async () => {
    const waiting = { prefix: `${names.prefix}w` };
    let trusted = false;
    const applied: number[] = [];
    const deliver = (value: unknown): Promise<DeliveryOutcome> =>
      deliverWith((raw) => {
        if (!trusted)
          throw new EnvelopeRefused('untrusted', 'signed by a key this node does not trust yet', true);
        applied.push(
          (openEnvelope(raw, { self: 'HUB', trustedKey: () => peru.descriptor }).payload as { index: number })
            .index,
        );
        return Promise.resolve();
      }, value);
    try {
      await publishEnvelopes(nc, waiting, batch(2));
      const route = { from: 'PE', self: 'HUB' };
      const before = await receiveEnvelopes(nc, waiting, route, deliver, { retryMs: 300 });
      assert.deepEqual(
        before.refused.map((refusal) => refusal.reason),
        ['untrusted', 'untrusted'],
      );
      trusted = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const after = await receiveEnvelopes(nc, waiting, route, deliver, { retryMs: 300 });
      assert.equal(after.applied, 2);
      assert.deepEqual(applied, [0, 1]);
      // Applied and acknowledged: nothing waits any more.
      assert.equal((await receiveEnvelopes(nc, waiting, route, deliver)).applied, 0);
    } finally {
      await (await nc.jetstreamManager()).streams.delete(streamName(waiting, 'PE')).catch(() => undefined);
    }
  });

  it('says which address failed when the broker is down, and how to go on without it', async () => {
    await assert.rejects(
      connectBroker('nats://127.0.0.1:1'),
      (error) =>
        isVetaError(error, 'BROKER_UNREACHABLE') &&
        /nats:\/\/127\.0\.0\.1:1 cannot be reached/.test(error.message) &&
        /veta share --out DIR/.test(error.message),
    );
  });
});
