import { randomUUID, sign, verify, createPublicKey } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { canonicalJson } from '../core/canonical-json.js';
import { VetaError } from '../core/veta-error.js';
import type { NodeDescriptor } from './node-descriptor.js';
import type { NodeIdentity } from './node-identity.js';

/**
 * What an envelope carries: shared records, their withdrawal, an agreement, the sender's report of
 * what a share sent and kept back, a query or its answer.
 */
export const ENVELOPE_KINDS = [
  'records',
  'withdrawal',
  'agreement',
  'report',
  'query',
  'answer',
  'reveal-request',
  'reveal-decision',
] as const;
export type EnvelopeKind = (typeof ENVELOPE_KINDS)[number];

/**
 * One signed message between nodes, the same bytes whether it travels over NATS or in a bundle
 * file. The signature covers every other field in canonical JSON, so key order and whitespace may
 * change on the way but no value may.
 */
export const Envelope = Type.Object(
  {
    format: Type.Literal('veta-envelope/1'),
    /** Unique per message: the receiver accepts each id once, so a replay or redelivery applies nothing. */
    id: Type.String({ format: 'uuid' }),
    from: Type.String({ minLength: 1 }),
    to: Type.String({ minLength: 1 }),
    keyId: Type.String({ minLength: 1 }),
    sentAt: Type.String({ format: 'date-time' }),
    kind: Type.Enum(ENVELOPE_KINDS),
    /** The agreement the content is shared under, by id and version; null for messages outside one. */
    agreement: Type.Union([
      Type.Object(
        { id: Type.String({ minLength: 1 }), version: Type.Integer({ minimum: 1 }) },
        { additionalProperties: false },
      ),
      Type.Null(),
    ]),
    payload: Type.Unknown(),
    signature: Type.String({ pattern: '^[A-Za-z0-9_-]+$' }),
  },
  { additionalProperties: false },
);
export type Envelope = Static<typeof Envelope>;

/** What a sender chooses; the rest (id, sender, key, time, signature) sealing adds. */
export type EnvelopeContent = Pick<Envelope, 'to' | 'kind' | 'agreement' | 'payload'>;

/** Why a receiver refused an envelope. */
export type RefusalReason =
  | 'malformed'
  | 'unsigned'
  | 'untrusted'
  | 'altered'
  | 'misdirected'
  | 'replayed'
  /** Content the agreement it cites does not allow, or an agreement the receiver does not hold. */
  | 'not-allowed';

/** An envelope the receiver will not apply, with the reason it gives the sender and its log. */
export class EnvelopeRefused extends VetaError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    /** True only where the same envelope may be accepted later: signed by a key not trusted yet. */
    readonly retryable = false,
  ) {
    super('ENVELOPE_REFUSED', message);
  }
}

const validator = Compile(Envelope);

/** Signs `content` as this node. */
export function sealEnvelope(
  content: EnvelopeContent,
  identity: NodeIdentity,
  options: { id?: string; now?: Date } = {},
): Envelope {
  const unsigned = {
    format: 'veta-envelope/1' as const,
    id: options.id ?? randomUUID(),
    from: identity.descriptor.nodeId,
    to: content.to,
    keyId: identity.descriptor.keyId,
    sentAt: (options.now ?? new Date()).toISOString(),
    kind: content.kind,
    agreement: content.agreement,
    payload: content.payload,
  };
  const signature = sign(null, signedBytes(unsigned), identity.privateKey).toString('base64url');
  return { ...unsigned, signature };
}

/** The envelope as it travels: canonical JSON, so the same envelope is always the same bytes. */
export function envelopeBytes(envelope: Envelope): Buffer {
  return Buffer.from(canonicalJson(envelope), 'utf8');
}

/** Who the receiver is and the peers it trusts, by node id and key id (revoked keys left out). */
export interface ReceiverView {
  self: string;
  trustedKey(nodeId: string, keyId: string): NodeDescriptor | undefined;
}

/**
 * Checks an envelope as received, in the order a sender can act on: its form, a signature at all,
 * a key the receiver trusts for that sender, the signature over the content, and the addressee.
 * Replays are told by the store, which remembers the ids it accepted (accept-envelope.ts).
 */
export function openEnvelope(value: unknown, receiver: ReceiverView): Envelope {
  if (isObject(value) && (value.signature === undefined || value.signature === ''))
    throw new EnvelopeRefused(
      'unsigned',
      `${describe(value)} is not signed; Veta applies only signed messages.`,
    );
  if (!validator.Check(value)) {
    const problems = [...validator.Errors(value)].map(
      (error) => `${error.instancePath || '/'} ${error.message}`,
    );
    throw new EnvelopeRefused(
      'malformed',
      `${describe(value)} is not a Veta envelope: ${problems.join('; ')}.`,
    );
  }
  const peer = receiver.trustedKey(value.from, value.keyId);
  if (peer === undefined)
    throw new EnvelopeRefused(
      'untrusted',
      `Envelope ${value.id} is signed by key ${value.keyId} of ${value.from}, which this node does not trust. If the peer is genuine, register its descriptor with "veta node trust FILE".`,
    );
  const { signature, ...unsigned } = value;
  const valid = verify(
    null,
    signedBytes(unsigned),
    createPublicKey(peer.publicKey),
    Buffer.from(signature, 'base64url'),
  );
  if (!valid)
    throw new EnvelopeRefused(
      'altered',
      `Envelope ${value.id} from ${value.from} does not match its signature: it was altered on the way, or forged. Nothing in it was applied.`,
    );
  if (value.to !== receiver.self)
    throw new EnvelopeRefused(
      'misdirected',
      `Envelope ${value.id} from ${value.from} is addressed to ${value.to}, not to this node (${receiver.self}).`,
    );
  return value;
}

function signedBytes(unsigned: Omit<Envelope, 'signature'>): Buffer {
  return Buffer.from(canonicalJson(unsigned), 'utf8');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (!isObject(value)) return 'The message';
  const id = typeof value.id === 'string' ? ` ${value.id}` : '';
  const from = typeof value.from === 'string' ? ` from ${value.from}` : '';
  return `Envelope${id}${from}`;
}
