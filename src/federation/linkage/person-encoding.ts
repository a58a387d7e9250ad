import { createHmac } from 'node:crypto';
import { TOKEN_PREFIX } from '../../core/keyed-token.js';
import { preparePersonName } from '../../resolve/name-parts.js';
import { keyedMacs } from './keyed-macs.js';
import type { LinkageKey } from './linkage-key.js';

// One Dice for the nodes' tests and the hub's resolver, which may not import federation code.
export { diceCoefficient } from '../../resolve/encoding-comparison.js';

/** Bits in a name's encoding (CLK), and bit positions set per bigram. */
export const CLK_BITS = 1024;
const POSITIONS_PER_BIGRAM = 16;

/** What a shared person carries instead of a name and birth date: comparable, not readable. */
export type PersonEncoding = {
  keyId: string;
  /** The names' Bloom filter (CLK), CLK_BITS bits in base64url. */
  clk: string;
  /**
   * The whole person's CLK (record-encoding.ts) in base64url: name and birth date, what registers
   * of different countries hold alike. The hub's resolver compares persons by it.
   */
  record?: string;
  /** The birth date as a keyed token, when the register gives one. */
  born?: string;
};

export { isToken, TOKEN_PREFIX } from '../../core/keyed-token.js';

// Each use gets its own key derived from the linkage key (salting by field): a document's token
// cannot be compared with a birth date's, nor a name bigram's positions with either.
type Field = 'identifier' | 'record' | 'name' | 'birthDate';

function fieldKey(linkage: LinkageKey, field: Field): Buffer {
  return createHmac('sha256', linkage.key).update(`veta linkage field ${field}`).digest();
}

/**
 * A document or record id as a keyed token. A passport is keyed under the register that declared
 * it (`CO:PASSPORT:P1`), yet is one document wherever declared: the register's prefix is dropped
 * first, so equal passports give equal tokens in every country.
 */
export function identifierToken(
  linkage: LinkageKey,
  canonicalId: string,
  field: 'identifier' | 'record' = 'identifier',
): string {
  const canonical =
    field === 'identifier' ? canonicalId.replace(/^[A-Z]{2}:PASSPORT:/, 'PASSPORT:') : canonicalId;
  const mac = createHmac('sha256', fieldKey(linkage, field)).update(canonical).digest('base64url');
  return `${TOKEN_PREFIX}${linkage.keyId}:${mac}`;
}

/**
 * The CLK of a person's name (Schnell, Bachteler and Reiher 2009): each folded word of the name
 * (given names and surnames alike, so that swapped or missing surnames still overlap) padded and
 * cut into bigrams; each distinct bigram sets 16 positions drawn from an HMAC under the name's own
 * key (random hashing, not double hashing, whose structure an attacker can exploit). Accents and
 * case are folded away; particles run together with their surname, as the resolver does.
 */
export function nameEncoding(linkage: LinkageKey, name: string): Buffer {
  const filter = Buffer.alloc(CLK_BITS / 8);
  // The name's key as fieldKey derives it, its HMACs computed once per bigram.
  const macs = keyedMacs(linkage, 'veta linkage field name');
  for (const bigram of bigramsOf(name)) {
    const mac = macs.of(bigram);
    for (let i = 0; i < POSITIONS_PER_BIGRAM; i += 1) {
      const position = mac.readUInt16BE(i * 2) % CLK_BITS;
      filter[position >> 3] = (filter[position >> 3] ?? 0) | (1 << (position & 7));
    }
  }
  return filter;
}

function bigramsOf(name: string): Set<string> {
  const bigrams = new Set<string>();
  for (const word of preparePersonName(name).tokens) {
    const padded = `_${word.replace(/\s+/g, '')}_`;
    for (let i = 0; i + 2 <= padded.length; i += 1) bigrams.add(padded.slice(i, i + 2));
  }
  return bigrams;
}

/** A person's encoding: the CLK of their name and their birth date as a token. */
export function personEncoding(
  linkage: LinkageKey,
  name: string,
  birthDate: string | undefined,
): PersonEncoding {
  const clk = nameEncoding(linkage, name).toString('base64url');
  if (birthDate === undefined) return { keyId: linkage.keyId, clk };
  const day = birthDate.slice(0, 10);
  const born = `${TOKEN_PREFIX}${linkage.keyId}:${createHmac('sha256', fieldKey(linkage, 'birthDate')).update(day).digest('base64url')}`;
  return { keyId: linkage.keyId, clk, born };
}
