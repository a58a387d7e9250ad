import {
  createCipheriv,
  createDecipheriv,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import { parseRevealedIdentity, type RevealedIdentity, type SealedIdentity } from './reveal-payloads.js';

const INFO = 'veta reveal identity v1';
const TAG_BYTES = 16;

/** The raw X25519 public key of a node's reveal key, in base64url: what it asks identities sealed to. */
export function answerKeyOf(revealKey: KeyObject): string {
  const { x } = createPublicKey(revealKey).export({ format: 'jwk' });
  if (x === undefined) throw new Error('a reveal key has no X25519 public part');
  return x;
}

/**
 * Seals a revealed identity to the hub's answer key (ECIES: a one-time X25519 key agreed with the
 * answer key, HKDF-SHA-256, AES-256-GCM), bound to its request: only the hub's private reveal key
 * opens it, so a broker's stream, a bundle folder or a database dump shows nothing of the person,
 * and a sealed identity moved to another request does not open.
 */
export function sealIdentity(identity: RevealedIdentity, answerKey: string, request: string): SealedIdentity {
  const once = generateKeyPairSync('x25519');
  const key = sharedKey(once.privateKey, recipientKey(answerKey), request);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(request));
  const data = Buffer.concat([
    cipher.update(JSON.stringify(identity), 'utf8'),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
  return {
    key: answerKeyOf(once.privateKey),
    iv: iv.toString('base64url'),
    data: data.toString('base64url'),
  };
}

/** Opens a sealed identity with this hub's reveal key; undefined when it is not sealed to it or was altered. */
export function openIdentity(
  sealed: SealedIdentity,
  revealKey: KeyObject,
  request: string,
): RevealedIdentity | undefined {
  try {
    const key = sharedKey(revealKey, recipientKey(sealed.key), request);
    const data = Buffer.from(sealed.data, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64url'))
      .setAAD(Buffer.from(request))
      .setAuthTag(data.subarray(data.length - TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(data.subarray(0, data.length - TAG_BYTES)),
      decipher.final(),
    ]);
    const identity = parseRevealedIdentity(JSON.parse(text.toString('utf8')));
    return typeof identity === 'string' ? undefined : identity;
  } catch {
    return undefined;
  }
}

function recipientKey(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: raw }, format: 'jwk' });
}

function sharedKey(privateKey: KeyObject, publicKey: KeyObject, request: string): Buffer {
  const secret = diffieHellman({ privateKey, publicKey });
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(request), INFO, 32));
}
