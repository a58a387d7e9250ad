import { createHash } from 'node:crypto';
import type { Queryable } from '../store/engine/database.js';
import { peerRepository } from '../store/federation/peer-repository.js';
import { envelopeBytes, EnvelopeRefused, openEnvelope, type Envelope } from './envelope.js';
import type { NodeDescriptor } from './node-descriptor.js';

/**
 * Opens an envelope received by `self` and records its id, inside the caller's transaction: the
 * caller applies the content in the same transaction, so the envelope counts as received exactly
 * when its content is applied. A crash before the commit leaves neither, and the redelivered
 * envelope is then accepted; an id already recorded is refused as a replay, applying nothing twice.
 */
export async function acceptEnvelope(
  tx: Queryable,
  value: unknown,
  self: string,
): Promise<{ envelope: Envelope; sender: NodeDescriptor }> {
  const key = claimedKey(value);
  // A node never hears from itself: a copy of its own envelope coming back is not a peer's.
  if (key?.from === self)
    throw new EnvelopeRefused('untrusted', `An envelope claims to come from this node (${self}) itself.`);
  const peer = key === undefined ? undefined : await peerRepository.trusted(tx, key.from, key.keyId);
  // A key never registered may be tomorrow (a peer rotating its key): the envelope can wait for
  // it. A revoked key will not sign again.
  if (key !== undefined && peer === undefined && isEnvelopeShaped(value)) {
    const revoked = await peerRepository.known(tx, key.from, key.keyId);
    throw new EnvelopeRefused(
      'untrusted',
      revoked
        ? `Envelope from ${key.from} is signed by key ${key.keyId}, which this node revoked.`
        : `Envelope from ${key.from} is signed by key ${key.keyId}, which this node does not trust. If the peer is genuine, register its descriptor with "veta node trust FILE"; the envelope is offered again.`,
      !revoked,
    );
  }
  // Envelopes of one sender apply one at a time: two receives at once would otherwise race on the
  // same keys and refuse an honest envelope for a conflict of their own.
  if (key !== undefined)
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`veta.federation:${key.from}`]);
  const envelope = openEnvelope(value, {
    self,
    trustedKey: (nodeId: string, keyId: string): NodeDescriptor | undefined =>
      key !== undefined && nodeId === key.from && keyId === key.keyId ? peer : undefined,
  });
  const recorded = await tx.query(
    `INSERT INTO federation_envelope (id, from_node, key_id, kind, agreement_id, agreement_version, sent_at, digest)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (from_node, id) DO NOTHING
     RETURNING id`,
    [
      envelope.id,
      envelope.from,
      envelope.keyId,
      envelope.kind,
      envelope.agreement?.id ?? null,
      envelope.agreement?.version ?? null,
      envelope.sentAt,
      createHash('sha256').update(envelopeBytes(envelope)).digest('hex'),
    ],
  );
  if (recorded.length === 0)
    throw new EnvelopeRefused(
      'replayed',
      `Envelope ${envelope.id} from ${envelope.from} was already received and applied; this copy was ignored.`,
    );
  // The key was found, or openEnvelope would have refused: the sender is that peer.
  if (peer === undefined)
    throw new EnvelopeRefused('untrusted', `Envelope ${envelope.id} has no trusted sender.`);
  return { envelope, sender: peer };
}

// The sender and key an envelope names, before anything is checked: only to look the key up.
function claimedKey(value: unknown): { from: string; keyId: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { from, keyId } = value as { from?: unknown; keyId?: unknown };
  return typeof from === 'string' && typeof keyId === 'string' ? { from, keyId } : undefined;
}

// Only an envelope complete enough to be judged is waited on; anything else is refused as it is.
function isEnvelopeShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { signature, format } = value as { signature?: unknown; format?: unknown };
  return typeof signature === 'string' && signature !== '' && format === 'veta-envelope/1';
}
