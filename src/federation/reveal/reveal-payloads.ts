import { Type, type Static } from 'typebox';
import { SharingPurpose } from '@veta/standard';
import { TOKEN_PATTERN } from '../../core/keyed-token.js';
import { payloadParser } from '../payload-parser.js';

const Id = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Token = Type.String({ pattern: TOKEN_PATTERN });
const Text = Type.String({ minLength: 1, maxLength: 2000 });
const Base64Url = (bytes: number): ReturnType<typeof Type.String> =>
  Type.String({ pattern: `^[A-Za-z0-9_-]{${String(Math.ceil((bytes * 4) / 3))}}$` });

/** An X25519 public key, raw, in base64url: what the hub asks the identity to be sealed to. */
export const AnswerKey = Base64Url(32);

/** What the hub asks a node: who the person behind `party` is, for a purpose of the agreement. */
export const RevealRequestPayload = Type.Object(
  {
    request: Id,
    party: Token,
    alert: Type.Union([Type.String({ minLength: 1, maxLength: 200 }), Type.Null()]),
    purpose: SharingPurpose,
    reason: Text,
    requestedBy: Type.String({ minLength: 1, maxLength: 200 }),
    requestedAt: Instant,
    answerKey: AnswerKey,
  },
  { additionalProperties: false },
);
export type RevealRequestPayload = Static<typeof RevealRequestPayload>;

/** The person as the owning node gives them to the one who asked: name, documents, birth date. */
export const RevealedIdentity = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 500 }),
    identifiers: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 50 }),
    birthDate: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}' })),
  },
  { additionalProperties: false },
);
export type RevealedIdentity = Static<typeof RevealedIdentity>;

/**
 * A revealed identity sealed to the hub's answer key (sealed-identity.ts): the node's one-time
 * X25519 public key, the AES-256-GCM nonce, and the ciphertext with its tag.
 */
export const SealedIdentity = Type.Object(
  {
    key: AnswerKey,
    iv: Base64Url(12),
    data: Type.String({ pattern: '^[A-Za-z0-9_-]+$', minLength: 22, maxLength: 65_536 }),
  },
  { additionalProperties: false },
);
export type SealedIdentity = Static<typeof SealedIdentity>;

/** The node's decision: the identity with when it expires, or the refusal's reason. */
export const RevealDecisionPayload = Type.Union([
  Type.Object(
    {
      request: Id,
      decision: Type.Literal('approved'),
      decidedBy: Text,
      decidedAt: Instant,
      reason: Text,
      expiresAt: Instant,
      sealed: SealedIdentity,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      request: Id,
      decision: Type.Literal('refused'),
      decidedBy: Text,
      decidedAt: Instant,
      reason: Text,
    },
    { additionalProperties: false },
  ),
]);
export type RevealDecisionPayload = Static<typeof RevealDecisionPayload>;

export const parseRevealRequest = payloadParser(
  RevealRequestPayload,
  'the payload is not a request to reveal a person as Veta makes it',
);

export const parseRevealDecision = payloadParser(
  RevealDecisionPayload,
  'the payload is not a decision on a request to reveal a person as Veta makes it',
);

export const parseSealedIdentity = payloadParser(SealedIdentity, 'not an identity sealed as Veta seals it');
export const parseRevealedIdentity = payloadParser(RevealedIdentity, 'not a person as Veta reveals one');
