import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { VetaError } from '../core/veta-error.js';

/** A country's node, or the regional hub that receives what the nodes' agreements allow. */
export const NODE_ROLES = ['node', 'hub'] as const;
export type NodeRole = (typeof NODE_ROLES)[number];

/**
 * What a node tells its peers about itself: who it is and the public key its messages are signed
 * with. It holds nothing secret, so it travels by any channel; whoever trusts it should compare its
 * key id with the sender's by a second channel (a phone call, a signed letter) before trusting it.
 */
export const NodeDescriptor = Type.Object(
  {
    format: Type.Literal('veta-node/1'),
    /** PE, CO, EC or BO for a country's node; HUB for the regional hub. */
    nodeId: Type.String({ pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$', maxLength: 32 }),
    role: Type.Enum(NODE_ROLES),
    /** The country that governs the node (the hub's is where the secretariat sits). */
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
    name: Type.String({ minLength: 1 }),
    /** The Ed25519 public key, PEM (SubjectPublicKeyInfo). */
    publicKey: Type.String({ pattern: '^-----BEGIN PUBLIC KEY-----' }),
    /** SHA-256 of the key's DER form, base64url: what every signed message names. */
    keyId: Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type NodeDescriptor = Static<typeof NodeDescriptor>;

const validator = Compile(NodeDescriptor);

/** The key id of a public key: SHA-256 of its DER SubjectPublicKeyInfo, base64url. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64url');
}

/**
 * Checks a descriptor read from `source`: its shape, that its key is an Ed25519 key, and that its
 * key id is that key's (a descriptor whose id was edited would let a peer be trusted under another).
 */
export function parseNodeDescriptor(value: unknown, source: string): NodeDescriptor {
  if (!validator.Check(value)) {
    const problems = [...validator.Errors(value)].map(
      (error) => `${error.instancePath || '/'} ${error.message}`,
    );
    throw new VetaError(
      'DESCRIPTOR_INVALID',
      `${source} is not a Veta node descriptor: ${problems.join('; ')}. Ask the peer for the file "veta node init" wrote (node.json).`,
    );
  }
  let key: KeyObject;
  try {
    key = createPublicKey(value.publicKey);
  } catch (error) {
    throw new VetaError(
      'DESCRIPTOR_INVALID',
      `${source}: its public key cannot be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new VetaError(
      'DESCRIPTOR_INVALID',
      `${source}: its public key is ${String(key.asymmetricKeyType)}, and Veta nodes sign with Ed25519.`,
    );
  if (keyIdOf(key) !== value.keyId)
    throw new VetaError(
      'DESCRIPTOR_INVALID',
      `${source}: its key id ${value.keyId} is not its public key's (${keyIdOf(key)}); the file was altered.`,
    );
  return value;
}
