import { foldedWords, preparePersonName } from '../../resolve/name-parts.js';
import { keyedMacs } from './keyed-macs.js';
import type { LinkageKey } from './linkage-key.js';
import { CLK_BITS } from './person-encoding.js';

/** What a node knows of a person and encodes into one filter; any field but the name may be missing. */
export interface RecordFields {
  /** Given names and surnames, in any order. */
  readonly name: string;
  /** yyyy-mm-dd or yyyymmdd. */
  readonly birthDate?: string | undefined;
  /** Where the person lives or was registered: street, district, town, postcode. */
  readonly locality?: readonly string[] | undefined;
  /** Document numbers (DNI, cédula, passport), canonical or bare. */
  readonly documents?: readonly string[] | undefined;
}

export type RecordField = 'name' | 'birthDate' | 'locality' | 'documents';

/**
 * Bit positions each token of a field sets (field weights, as clkhash's schemas give them): a name
 * bigram counts most, since names are what registers share most reliably. Measured on FEBRL, these
 * put every true pair above every false one.
 */
export const FIELD_WEIGHTS: Readonly<Record<RecordField, number>> = {
  name: 12,
  birthDate: 8,
  locality: 6,
  documents: 6,
};

/**
 * How the filter is hardened against frequency and pattern-mining attacks, on top of a key per
 * field. `xor-fold` encodes into twice the bits and XORs the halves (Schnell, Borgs and Encarnação
 * 2016): a set bit no longer says which tokens set it, nor does a pattern of bits. Balanced filters
 * (half the bits and their complement) were measured and left out: every pair of them has a Dice
 * of 0.5 or more, so the resolver's Dice bands no longer tell strangers from a person on FEBRL.
 */
export type Hardening = 'none' | 'xor-fold';

export interface RecordEncodingOptions {
  readonly hardening?: Hardening;
  readonly weights?: Partial<Record<RecordField, number>>;
}

/** The default hardening: see febrl-encoded.test.ts for what each costs in accuracy. */
export const DEFAULT_HARDENING: Hardening = 'xor-fold';

/** Positions an HMAC-SHA-256 yields at two bytes each. */
const MAX_WEIGHT = 16;

/**
 * A person's cryptographic long-term key (CLK: Schnell, Bachteler and Reiher 2011, after their
 * 2009 Bloom filters; clkhash's record encodings): the bigrams of the folded name words, the birth
 * date's parts, the locality's words and the documents' digits, each field's tokens hashed under
 * the field's own key derived from the linkage key (salting by field: one bigram in a name and in
 * a street sets unrelated positions), CLK_BITS bits.
 * One filter for the whole record means the hub never sees a name's encoding on its own, and a
 * frequent name no longer gives a frequent filter.
 */
export function recordEncoding(
  linkage: LinkageKey,
  fields: RecordFields,
  options: RecordEncodingOptions = {},
): Buffer {
  const hardening = options.hardening ?? DEFAULT_HARDENING;
  const size = hardening === 'xor-fold' ? CLK_BITS * 2 : CLK_BITS;
  const filter = Buffer.alloc(size / 8);
  const tokens: Record<RecordField, Set<string>> = {
    name: bigrams(preparePersonName(fields.name).tokens),
    birthDate: dateTokens(fields.birthDate),
    locality: bigrams((fields.locality ?? []).flatMap(foldedWords)),
    documents: bigrams((fields.documents ?? []).map(documentDigits).filter((digits) => digits !== '')),
  };
  for (const field of Object.keys(tokens) as RecordField[]) {
    const weight = options.weights?.[field] ?? FIELD_WEIGHTS[field];
    if (!Number.isInteger(weight) || weight < 0 || weight > MAX_WEIGHT)
      throw new RangeError(
        `A field sets 0 to ${String(MAX_WEIGHT)} positions a token, not ${String(weight)}`,
      );
    const macs = keyedMacs(linkage, `veta record encoding field ${field}`);
    for (const token of tokens[field]) {
      const mac = macs.of(token);
      for (let i = 0; i < weight; i += 1) setBit(filter, mac.readUInt16BE(i * 2) % size);
    }
  }
  return hardening === 'xor-fold' ? xorFold(filter) : filter;
}

function bigrams(words: readonly string[]): Set<string> {
  const result = new Set<string>();
  for (const word of words) {
    const padded = `_${word}_`;
    for (let i = 0; i + 2 <= padded.length; i += 1) result.add(padded.slice(i, i + 2));
  }
  return result;
}

/**
 * The birth date as tokens that degrade gently: the year, the day and month each alone and as an
 * unordered pair (so a day and month swapped still share three of four), and each digit with its
 * place (so one mistyped digit still shares seven of eight).
 */
function dateTokens(date: string | undefined): Set<string> {
  const digits = (date ?? '').replace(/[^0-9]/g, '').slice(0, 8);
  if (digits.length !== 8) return new Set();
  const [year, month, day] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)];
  const tokens = new Set([`y${year}`, `m${month}`, `d${day}`, `p${[month, day].sort().join('')}`]);
  for (let i = 0; i < digits.length; i += 1) tokens.add(`${String(i)}${digits.charAt(i)}`);
  return tokens;
}

// The register's prefix (PE:DNI:) differs across countries for one passport; the number does not.
function documentDigits(document: string): string {
  return (document.split(':').pop() ?? '').replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

function setBit(filter: Buffer, position: number): void {
  filter[position >> 3] = (filter[position >> 3] ?? 0) | (1 << (position & 7));
}

function xorFold(filter: Buffer): Buffer {
  const half = filter.length / 2;
  const folded = Buffer.alloc(half);
  for (let i = 0; i < half; i += 1) folded[i] = (filter[i] ?? 0) ^ (filter[i + half] ?? 0);
  return folded;
}
