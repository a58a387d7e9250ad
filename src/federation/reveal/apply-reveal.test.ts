import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { parseAgreement } from '@veta/standard';
import type { Database } from '../../store/engine/database.js';
import { ownAgreements } from '../../store/federation/own-agreements.js';
import { revealRepository } from '../../store/federation/reveal-repository.js';
import { describeEachEngine } from '../../store/testing/engines.js';
import { sealEnvelope } from '../envelope.js';
import { linkageKeyId } from '../linkage/linkage-key.js';
import { identifierToken } from '../linkage/person-encoding.js';
import { initNode, loadNodeIdentity, type NodeIdentity } from '../node-identity.js';
import { trustPeer } from '../peer-trust.js';
import { applyEnvelope } from '../receive/apply-envelope.js';
import { decideReveal } from './decide-reveal.js';
import { parseSealedIdentity } from './reveal-payloads.js';
import { answerKeyOf, openIdentity, sealIdentity } from './sealed-identity.js';
import { sendReveals } from './send-reveals.js';

const DAY = '2026-06-30';
const cli = { id: null, username: 'cli:test' };
const LINKAGE = { keyId: linkageKeyId(Buffer.alloc(32, 5)), key: Buffer.alloc(32, 5) };
const PERSON = 'PE:DNI:41234567';

// Peru's agreement with the hub: version 1 let joint investigations ask, version 2 no longer does.
const agreement = (version: number, purposes: string[]) =>
  parseAgreement(
    {
      id: 'PE-HUB',
      version,
      title: { es: 'Acuerdo de prueba', en: 'Test agreement' },
      from: 'PE',
      to: 'HUB',
      purposes,
      legalBasis: 'Decisión 774 de la Comunidad Andina',
      validFrom: '2025-01-01',
      validUntil: '2026-12-31',
      records: { Party: 'pseudonymised' },
    },
    'the test agreement',
  );

let root = '';
let peru: NodeIdentity;
let hub: NodeIdentity;
let colombia: NodeIdentity;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'veta-reveal-apply-'));
  await initNode(join(root, 'pe'), { country: 'PE', name: 'Perú', role: 'node' });
  await initNode(join(root, 'co'), { country: 'CO', name: 'Colombia', role: 'node' });
  await initNode(join(root, 'hub'), { country: 'PE', name: 'Secretaría', role: 'hub' });
  peru = await loadNodeIdentity(join(root, 'pe'));
  colombia = await loadNodeIdentity(join(root, 'co'));
  hub = await loadNodeIdentity(join(root, 'hub'));
});
after(() => rm(root, { recursive: true, force: true }));

const request = (version: number, purpose: string, from = hub) =>
  sealEnvelope(
    {
      to: 'PE',
      kind: 'reveal-request',
      agreement: { id: 'PE-HUB', version },
      payload: {
        request: randomUUID(),
        party: identifierToken(LINKAGE, PERSON),
        alert: 'ALR-1',
        purpose,
        reason: 'Controla empresas en dos países.',
        requestedBy: 'analista',
        requestedAt: '2026-06-30T10:00:00.000Z',
        answerKey: answerKeyOf(from.revealKey),
      },
    },
    from,
  );

async function peruNode(open: () => Promise<Database>): Promise<Database> {
  const node = await open();
  await trustPeer(node, hub.descriptor, peru.descriptor, cli);
  await trustPeer(node, colombia.descriptor, peru.descriptor, cli);
  await ownAgreements.record(node, agreement(1, ['CROSS_BORDER_DETECTION', 'JOINT_INVESTIGATION']));
  await ownAgreements.record(node, agreement(2, ['CROSS_BORDER_DETECTION']));
  return node;
}

describeEachEngine('a request to reveal a person, at the node that shared them', (engine) => {
  it('is kept only from the hub, under the version in force, for a purpose it lists, once', async () => {
    const node = await peruNode(() => engine.openMigrated());
    const refused = (envelope: unknown, day = DAY) =>
      assert.rejects(applyEnvelope(node, envelope, 'PE', day));
    await assert.rejects(
      applyEnvelope(node, request(1, 'JOINT_INVESTIGATION'), 'PE', DAY),
      /PE-HUB v1 was superseded by v2/,
    );
    await assert.rejects(
      applyEnvelope(node, request(2, 'JOINT_INVESTIGATION'), 'PE', DAY),
      /JOINT_INVESTIGATION is not a purpose agreement PE-HUB v2 lists/,
    );
    await assert.rejects(
      applyEnvelope(node, request(9, 'CROSS_BORDER_DETECTION'), 'PE', DAY),
      /never shared/,
    );
    await assert.rejects(
      applyEnvelope(node, request(2, 'CROSS_BORDER_DETECTION', colombia), 'PE', DAY),
      /agreement PE-HUB is with HUB, not with it/,
    );
    await refused(request(2, 'CROSS_BORDER_DETECTION'), '2027-03-01');
    assert.equal((await revealRepository.list(node, 'incoming')).length, 0, 'nothing refused was kept');

    const good = request(2, 'CROSS_BORDER_DETECTION');
    await applyEnvelope(node, good, 'PE', DAY);
    await assert.rejects(applyEnvelope(node, good, 'PE', DAY), /replayed|already|before/i);
    const [kept] = await revealRepository.list(node, 'incoming');
    assert.deepEqual(
      [kept?.status, kept?.hubNode, kept?.purpose],
      ['pending', 'HUB', 'CROSS_BORDER_DETECTION'],
    );
  });

  it('sends the decisions it can, and keeps one whose person it no longer holds waiting with the reason', async () => {
    const node = await peruNode(() => engine.openMigrated());
    await applyEnvelope(node, request(2, 'CROSS_BORDER_DETECTION'), 'PE', DAY);
    await applyEnvelope(node, request(2, 'CROSS_BORDER_DETECTION'), 'PE', DAY);
    const [first, second] = await revealRepository.list(node, 'incoming');
    assert.ok(first && second);
    // The node holds no such person: approving is refused at once, refusing is always possible.
    await assert.rejects(
      decideReveal(node, cli, first.id, { approve: true, reason: 'Procede.' }, LINKAGE),
      /No person of this node has the token/,
    );
    await decideReveal(node, cli, first.id, { approve: false, reason: 'No procede.' }, LINKAGE);
    await assert.rejects(
      decideReveal(node, cli, first.id, { approve: false, reason: 'Otra vez.' }, LINKAGE),
      /refused already/,
    );
    // An approval whose person was withdrawn after it: it waits, the refusal still goes.
    await node.query(
      `UPDATE reveal_request SET status = 'approved', decided_by = 'x', decided_at = now(),
      decision_reason = 'Procede.', expires_at = now() + interval '30 days' WHERE id = $1`,
      [second.id],
    );
    const sent: string[] = [];
    const result = await sendReveals(node, peru, LINKAGE, (envelope) =>
      Promise.resolve(void sent.push((envelope.payload as { decision: string }).decision)),
    );
    assert.deepEqual(sent, ['refused']);
    assert.deepEqual(
      result.waiting.map((wait) => wait.id),
      [second.id],
    );
    assert.match(result.waiting[0]?.reason ?? '', /No person of this node has the token/);
  });
});

describeEachEngine('a decision on a request to reveal a person, at the hub', (engine) => {
  it('is taken only from the node asked, once, and not once its time is up', async () => {
    const db = await engine.openMigrated();
    await trustPeer(db, peru.descriptor, hub.descriptor, cli);
    await trustPeer(db, colombia.descriptor, hub.descriptor, cli);
    const id = randomUUID();
    await revealRepository.add(db, {
      id,
      direction: 'outgoing',
      hubNode: 'HUB',
      ownerNode: 'PE',
      agreementId: 'PE-HUB',
      agreementVersion: 2,
      party: identifierToken(LINKAGE, PERSON),
      alertId: 'ALR-1',
      purpose: 'CROSS_BORDER_DETECTION',
      reason: 'Controla empresas en dos países.',
      requestedById: null,
      requestedBy: 'analista',
      requestedAt: new Date(),
    });
    const decision = (from: NodeIdentity, expiresAt: string) =>
      sealEnvelope(
        {
          to: 'HUB',
          kind: 'reveal-decision',
          agreement: { id: 'PE-HUB', version: 2 },
          payload: {
            request: id,
            decision: 'approved',
            decidedBy: 'supervisora',
            decidedAt: new Date().toISOString(),
            reason: 'Procede.',
            expiresAt,
            sealed: sealIdentity(
              { name: 'ROSA ELENA QUISPE MAMANI', identifiers: [PERSON] },
              answerKeyOf(hub.revealKey),
              id,
            ),
          },
        },
        from,
      );
    const later = new Date(Date.now() + 86_400_000).toISOString();
    await assert.rejects(applyEnvelope(db, decision(colombia, later), 'HUB', DAY), /did not ask of it/);
    await assert.rejects(
      applyEnvelope(db, decision(peru, '2026-01-01T00:00:00.000Z'), 'HUB', DAY),
      /expired .* before it arrived/,
    );
    assert.equal((await revealRepository.byId(db, id))?.identity, null);
    await applyEnvelope(db, decision(peru, later), 'HUB', DAY);
    const sealed = parseSealedIdentity((await revealRepository.byId(db, id))?.identity);
    assert.ok(typeof sealed !== 'string', 'kept sealed');
    assert.deepEqual(openIdentity(sealed, hub.revealKey, id), {
      name: 'ROSA ELENA QUISPE MAMANI',
      identifiers: [PERSON],
    });
    await assert.rejects(applyEnvelope(db, decision(peru, later), 'HUB', DAY), /decided already/);
  });
});
