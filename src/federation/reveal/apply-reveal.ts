import { appendAudit } from '../../audit/append-audit.js';
import type { Queryable } from '../../store/engine/database.js';
import { ownAgreements } from '../../store/federation/own-agreements.js';
import { revealRepository } from '../../store/federation/reveal-repository.js';
import { EnvelopeRefused, type Envelope } from '../envelope.js';
import type { NodeDescriptor } from '../node-descriptor.js';
import { parseRevealDecision, parseRevealRequest } from './reveal-payloads.js';

/**
 * At the node that shared a person: a hub's request to reveal them, kept for its supervisor to
 * decide. Only under an agreement this node shared with that hub, in force, for a purpose it lists.
 */
export async function applyRevealRequest(
  tx: Queryable,
  envelope: Envelope,
  sender: NodeDescriptor,
  self: string,
  day: string,
): Promise<void> {
  const request = parseRevealRequest(envelope.payload);
  if (typeof request === 'string')
    throw new EnvelopeRefused('malformed', `Envelope ${envelope.id} from ${envelope.from}: ${request}.`);
  const refuse = (why: string): never => {
    throw new EnvelopeRefused(
      'not-allowed',
      `The request ${request.request} from ${envelope.from} to reveal a person: ${why}.`,
    );
  };
  const cited = envelope.agreement;
  if (cited === null) return refuse('it cites no agreement');
  const agreement = await ownAgreements.version(tx, cited.id, cited.version);
  if (agreement === undefined)
    return refuse(`it cites agreement ${cited.id} v${String(cited.version)}, which this node never shared`);
  const latest = await ownAgreements.latestVersion(tx, cited.id);
  if (latest !== cited.version)
    refuse(`agreement ${cited.id} v${String(cited.version)} was superseded by v${String(latest)}`);
  if (agreement.to !== envelope.from)
    refuse(`agreement ${agreement.id} is with ${agreement.to}, not with it`);
  if (day < agreement.validFrom || day > agreement.validUntil)
    refuse(`agreement ${agreement.id} v${String(agreement.version)} is not in force on ${day}`);
  if (!agreement.purposes.some((purpose) => purpose === request.purpose))
    refuse(
      `${request.purpose} is not a purpose agreement ${agreement.id} v${String(agreement.version)} lists (${agreement.purposes.join(', ')})`,
    );
  const added = await revealRepository.add(tx, {
    id: request.request,
    direction: 'incoming',
    hubNode: envelope.from,
    ownerNode: self,
    agreementId: agreement.id,
    agreementVersion: agreement.version,
    party: request.party,
    alertId: request.alert,
    purpose: request.purpose,
    reason: request.reason,
    requestedById: null,
    requestedBy: `${request.requestedBy} (${sender.nodeId})`,
    requestedAt: new Date(request.requestedAt),
    answerKey: request.answerKey,
  });
  if (!added)
    throw new EnvelopeRefused(
      'replayed',
      `The request ${request.request} to reveal a person arrived before.`,
    );
  await appendAudit(tx, {
    actorId: null,
    actorUsername: `node ${envelope.from}`,
    action: 'reveal.received',
    subjectKind: 'reveal',
    subjectId: request.request,
    countries: [agreement.from],
    details: {
      party: request.party,
      alert: request.alert,
      purpose: request.purpose,
      reason: request.reason,
      requestedBy: request.requestedBy,
    },
  });
}

/**
 * At the hub: the owning node's decision on one of its requests. Only the node asked may decide,
 * once; an approval's identity is kept, sealed, for the requester until it expires.
 */
export async function applyRevealDecision(
  tx: Queryable,
  envelope: Envelope,
  sender: NodeDescriptor,
): Promise<void> {
  const decision = parseRevealDecision(envelope.payload);
  if (typeof decision === 'string')
    throw new EnvelopeRefused('malformed', `Envelope ${envelope.id} from ${envelope.from}: ${decision}.`);
  const request = await revealRepository.byId(tx, decision.request);
  if (request?.direction !== 'outgoing' || request.ownerNode !== envelope.from)
    throw new EnvelopeRefused(
      'misdirected',
      `${envelope.from} decided on request ${decision.request}, which this hub did not ask of it.`,
    );
  const approved = decision.decision === 'approved';
  if (approved && new Date(decision.expiresAt).getTime() <= Date.now())
    throw new EnvelopeRefused(
      'not-allowed',
      `${envelope.from}'s approval of request ${request.id} expired on ${decision.expiresAt}, before it arrived: the identity is not kept.`,
    );
  const decided = await revealRepository.decide(tx, request.id, {
    status: decision.decision,
    decidedBy: `${decision.decidedBy} (${envelope.from})`,
    decidedAt: new Date(decision.decidedAt),
    reason: decision.reason,
    expiresAt: approved ? new Date(decision.expiresAt) : null,
    // Kept sealed: the hub's reveal key opens it for the requester when they read it.
    ...(approved ? { identity: decision.sealed } : {}),
    sent: true,
  });
  if (decided === undefined)
    throw new EnvelopeRefused(
      'replayed',
      `Request ${request.id} was decided already (${request.status}): a second decision is refused.`,
    );
  await appendAudit(tx, {
    actorId: null,
    actorUsername: `node ${envelope.from}`,
    action: approved ? 'reveal.approved' : 'reveal.refused',
    subjectKind: 'reveal',
    subjectId: request.id,
    countries: [sender.country],
    details: {
      party: request.party,
      decidedBy: decision.decidedBy,
      reason: decision.reason,
      ...(approved ? { expiresAt: decision.expiresAt } : {}),
    },
  });
}
