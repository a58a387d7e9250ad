import { SharingPurpose } from '@veta/standard';
import { Type, type Static } from 'typebox';
import { RevealedIdentity } from '../../federation/reveal/reveal-payloads.js';
import { Bilingual, Nullable, Timestamp } from './common.js';

export const RevealRequestBody = Type.Object(
  {
    alert: Type.String({ minLength: 1, maxLength: 200, description: 'The alert the person is part of.' }),
    party: Type.String({ minLength: 1, maxLength: 200, description: 'The pseudonymised person’s token.' }),
    purpose: SharingPurpose,
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why the person must be revealed.' }),
  },
  { additionalProperties: false },
);

export const RevealDecisionBody = Type.Object(
  {
    reason: Type.String({ minLength: 1, maxLength: 2000, description: 'Why, sent to the hub and audited.' }),
    days: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 365,
        description: 'Days the identity stays readable (30 if absent).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const RevealParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const RevealView = Type.Object({
  id: Type.String(),
  direction: Type.Union([Type.Literal('outgoing'), Type.Literal('incoming')], {
    description: 'outgoing: this hub asked; incoming: a hub asked this node.',
  }),
  hubNode: Type.String(),
  ownerNode: Type.String(),
  agreement: Type.String({ description: 'The agreement and version the person was shared under.' }),
  party: Type.String(),
  alert: Nullable(Type.String()),
  purpose: Type.String(),
  purposeName: Bilingual,
  reason: Type.String(),
  requestedBy: Type.String(),
  requestedAt: Timestamp,
  status: Type.Union([
    Type.Literal('pending'),
    Type.Literal('approved'),
    Type.Literal('refused'),
    Type.Literal('expired'),
  ]),
  sent: Type.Boolean({ description: 'Whether the request (or the decision) has left this node.' }),
  decidedBy: Nullable(Type.String()),
  decidedAt: Nullable(Timestamp),
  decisionReason: Nullable(Type.String()),
  expiresAt: Nullable(Timestamp),
  identity: Type.Union([RevealedIdentity, Type.Null()], {
    description: 'Who the person is: only for the user who asked, once approved, until it expires.',
  }),
});
export type RevealView = Static<typeof RevealView>;

export const RevealList = Type.Object({ requests: Type.Array(RevealView) });
