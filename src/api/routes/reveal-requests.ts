import type { KeyObject } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SHARING_PURPOSE_LABELS, SHARING_PURPOSES, type SharingPurpose } from '@veta/standard';
import { can, type Actor } from '../../access/actor.js';
import { decideReveal } from '../../federation/reveal/decide-reveal.js';
import { parseSealedIdentity } from '../../federation/reveal/reveal-payloads.js';
import { requestReveal } from '../../federation/reveal/request-reveal.js';
import { openIdentity } from '../../federation/reveal/sealed-identity.js';
import { revealRepository, type StoredReveal } from '../../store/federation/reveal-repository.js';
import { audit } from '../audit-request.js';
import { requirePermission } from '../request-actor.js';
import { errorResponses, SIGNED_IN, WITH_BODY } from '../schemas/error-responses.js';
import {
  RevealDecisionBody,
  RevealList,
  RevealParams,
  RevealRequestBody,
  RevealView,
} from '../schemas/reveal-schemas.js';

/**
 * The reveal workflow: a hub analyst asks the node that shared a pseudonymised person who they are
 * (POST /reveal-requests); that node's supervisor approves or refuses (POST …/approve, …/refuse);
 * the identity, once it arrives, is shown to the one who asked and to nobody else, until it expires.
 */
export const revealRoutes: FastifyPluginAsyncTypebox = (app) => {
  app.get(
    '/reveal-requests',
    {
      schema: {
        tags: ['federation'],
        summary: 'The requests to reveal a pseudonymised person this node made or must decide',
        response: { 200: RevealList, ...errorResponses(...SIGNED_IN) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'read');
      // An identity whose time is up is forgotten before anyone reads the list.
      await revealRepository.expire(app.db, new Date());
      const held = [
        ...(await revealRepository.list(app.db, 'outgoing')),
        ...(await revealRepository.list(app.db, 'incoming')),
      ].filter((reveal) => visibleTo(actor, reveal));
      const shown = held.map((reveal) => present(actor, reveal, app.revealKey));
      const revealed = shown.filter((view) => view.identity !== null).map((view) => view.id);
      if (revealed.length > 0)
        await audit(request, {
          action: 'reveal.read',
          subjectKind: 'reveal',
          subjectId: null,
          countries: [],
          details: { requests: revealed },
        });
      return { requests: shown };
    },
  );

  app.post(
    '/reveal-requests',
    {
      schema: {
        tags: ['federation'],
        summary: 'Ask the node that shared a pseudonymised person of an alert to reveal them',
        body: RevealRequestBody,
        response: { 201: RevealView, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 404, 422) },
      },
    },
    async (request, reply) => {
      const actor = requirePermission(request, 'request-reveal');
      const stored = await requestReveal(
        app.db,
        { id: actor.userId, username: actor.username, scope: actor.scope },
        request.body,
      );
      return reply.status(201).send(present(actor, stored, app.revealKey));
    },
  );

  for (const verdict of ['approve', 'refuse'] as const)
    app.post(
      `/reveal-requests/:id/${verdict}`,
      {
        schema: {
          tags: ['federation'],
          summary:
            verdict === 'approve'
              ? 'Approve a hub’s request to reveal a person this node shared: the identity goes to the one who asked'
              : 'Refuse a hub’s request to reveal a person this node shared',
          params: RevealParams,
          body: RevealDecisionBody,
          response: { 200: RevealView, ...errorResponses(...SIGNED_IN, ...WITH_BODY, 404, 409, 422) },
        },
      },
      async (request) => {
        const actor = requirePermission(request, 'decide-reveal');
        const decided = await decideReveal(
          app.db,
          { id: actor.userId, username: actor.username },
          request.params.id,
          { approve: verdict === 'approve', reason: request.body.reason, days: request.body.days },
          app.linkage,
        );
        return present(actor, decided, app.revealKey);
      },
    );
  return Promise.resolve();
};

// A request is the business of whoever made it, and of those who decide on reveals.
function visibleTo(actor: Actor, reveal: StoredReveal): boolean {
  return reveal.requestedById === actor.userId || can(actor, 'decide-reveal');
}

function present(actor: Actor, reveal: StoredReveal, revealKey: KeyObject | undefined): RevealView {
  const mine = reveal.direction === 'outgoing' && reveal.requestedById === actor.userId;
  const live = reveal.status === 'approved' && (reveal.expiresAt?.getTime() ?? 0) > Date.now();
  return {
    id: reveal.id,
    direction: reveal.direction,
    hubNode: reveal.hubNode,
    ownerNode: reveal.ownerNode,
    agreement: `${reveal.agreementId} v${String(reveal.agreementVersion)}`,
    party: reveal.party,
    alert: reveal.alertId,
    purpose: reveal.purpose,
    // Named here: a country's node holds no agreement from the hub to name it by.
    purposeName: isSharingPurpose(reveal.purpose)
      ? SHARING_PURPOSE_LABELS[reveal.purpose]
      : { es: reveal.purpose, en: reveal.purpose },
    reason: reveal.reason,
    requestedBy: reveal.requestedBy,
    requestedAt: reveal.requestedAt.toISOString(),
    status: reveal.status,
    sent: reveal.sentAt !== null,
    decidedBy: reveal.decidedBy,
    decidedAt: reveal.decidedAt?.toISOString() ?? null,
    decisionReason: reveal.decisionReason,
    expiresAt: reveal.expiresAt?.toISOString() ?? null,
    identity: mine && live ? opened(reveal, revealKey) : null,
  };
}

/**
 * The identity the node sealed to this hub, opened with its reveal key; null where the hub's
 * server holds no reveal key (served without its node folder) or the seal does not open.
 */
function opened(reveal: StoredReveal, revealKey: KeyObject | undefined): RevealView['identity'] {
  const sealed = parseSealedIdentity(reveal.identity);
  if (revealKey === undefined || typeof sealed === 'string') return null;
  return openIdentity(sealed, revealKey, reveal.id) ?? null;
}

function isSharingPurpose(code: string): code is SharingPurpose {
  return (SHARING_PURPOSES as readonly string[]).includes(code);
}
