import { VetaError } from '../../core/veta-error.js';
import type { Database } from '../../store/engine/database.js';
import { revealRepository, type StoredReveal } from '../../store/federation/reveal-repository.js';
import { sealEnvelope, type Envelope, type EnvelopeContent } from '../envelope.js';
import type { LinkageKey } from '../linkage/linkage-key.js';
import type { NodeIdentity } from '../node-identity.js';
import { sendTo, type Destination } from '../transport/send-to.js';
import { personBehind } from './person-behind.js';
import { answerKeyOf, sealIdentity } from './sealed-identity.js';
import type { RevealDecisionPayload, RevealRequestPayload } from './reveal-payloads.js';

/**
 * Sends what waits: the hub's requests to the nodes asked, a node's decisions to the hub. Each is
 * marked sent only once its envelope is handed over, so a broker that is down, or a node that is
 * offline, delays it and loses nothing.
 */
export async function sendReveals(
  db: Database,
  identity: NodeIdentity,
  linkage: LinkageKey | undefined,
  send: (envelope: Envelope) => Promise<void>,
): Promise<RevealsSent> {
  let sent = 0;
  const waiting: RevealsSent['waiting'] = [];
  for (const reveal of await revealRepository.unsent(db)) {
    let content: EnvelopeContent;
    try {
      content = await contentOf(db, reveal, identity, linkage);
    } catch (error) {
      // One approval that cannot be carried out (its person withdrawn, the key missing) must not
      // hold back the others: it waits, and the node is told why.
      if (!(error instanceof VetaError)) throw error;
      waiting.push({ id: reveal.id, reason: error.message });
      continue;
    }
    await send(sealEnvelope(content, identity));
    await revealRepository.markSent(db, reveal.id);
    sent += 1;
  }
  return { sent, waiting };
}

/** What a send did: envelopes handed over, and decisions that could not be made into one. */
export interface RevealsSent {
  sent: number;
  waiting: { id: string; reason: string }[];
}

/** Sends what waits to a bundle folder or the broker; the number sent. */
export async function sendRevealsTo(
  db: Database,
  identity: NodeIdentity,
  linkage: LinkageKey | undefined,
  destination: Destination,
): Promise<RevealsSent & { delivered: string }> {
  // A serving node calls this every round: the broker is reached only when something waits.
  if ((await revealRepository.unsent(db)).length === 0)
    return { sent: 0, waiting: [], delivered: 'nothing waited' };
  const sender = await sendTo(destination);
  try {
    const sent = await sendReveals(db, identity, linkage, (envelope) => sender.send(envelope));
    return { ...sent, delivered: sender.describe() };
  } finally {
    await sender.close();
  }
}

async function contentOf(
  db: Database,
  reveal: StoredReveal,
  identity: NodeIdentity,
  linkage: LinkageKey | undefined,
): Promise<EnvelopeContent> {
  const agreement = { id: reveal.agreementId, version: reveal.agreementVersion };
  if (reveal.direction === 'outgoing') {
    const payload: RevealRequestPayload = {
      request: reveal.id,
      party: reveal.party,
      alert: reveal.alertId,
      purpose: reveal.purpose as RevealRequestPayload['purpose'],
      reason: reveal.reason,
      requestedBy: reveal.requestedBy,
      requestedAt: reveal.requestedAt.toISOString(),
      answerKey: answerKeyOf(identity.revealKey),
    };
    return { to: reveal.ownerNode, kind: 'reveal-request', agreement, payload };
  }
  if (reveal.decidedBy === null || reveal.decidedAt === null || reveal.decisionReason === null)
    throw new Error(`request ${reveal.id} waits to be sent as decided, and holds no decision`);
  const decided = {
    request: reveal.id,
    decidedBy: reveal.decidedBy,
    decidedAt: reveal.decidedAt.toISOString(),
    reason: reveal.decisionReason,
  };
  let payload: RevealDecisionPayload;
  if (reveal.status === 'approved' && reveal.expiresAt !== null) {
    if (linkage === undefined)
      throw new VetaError(
        'NODE_NOT_INITIALISED',
        `Request ${reveal.id} was approved, and this node holds no linkage key to find the person with. Import the region's key with "veta linkage-key import".`,
      );
    if (reveal.answerKey === null)
      throw new VetaError(
        'REVEAL_INVALID',
        `Request ${reveal.id} was approved before identities were sealed and came with no key to seal one to: the hub must ask again.`,
      );
    payload = {
      ...decided,
      decision: 'approved',
      expiresAt: reveal.expiresAt.toISOString(),
      sealed: sealIdentity(await personBehind(db, linkage, reveal.party), reveal.answerKey, reveal.id),
    };
  } else payload = { ...decided, decision: 'refused' };
  return { to: reveal.hubNode, kind: 'reveal-decision', agreement, payload };
}
