import { isToken } from '../core/keyed-token.js';
import { encodingBlockingKeys } from './encoding-blocking.js';
import type { PreparedRecord } from './prepared-record.js';
import { spanishPhonetic } from './spanish-phonetic.js';
import { pairCode } from './pair-codes.js';

/** How wide blocking casts its net. */
export interface BlockingOptions {
  /** A block larger than this is not compared all against all (common surnames: Quispe, Mamani). */
  readonly bucketCap: number;
  /** In an oversized block, each record meets only its neighbours in name order, this many each side. */
  readonly window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { bucketCap: 60, window: 6 };

/** Name words taken, rarest first, into blocking keys. */
const RAREST_WORDS = 3;

/** How often each name word occurs: the rarity that blocking and weights rely on. */
export function wordFrequencies(records: readonly PreparedRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records)
    for (const token of new Set(record.name.tokens)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/**
 * The blocking keys of one record: every identity key and its typo keys, pairs of its rarest name words by their
 * Spanish phonetic key (any order, so swapped or missing surnames still meet), its rarest word
 * alone, its date with the initial of each of those words, and the LSH bands of its encoding
 * (encoding-blocking.ts). Rarity comes from `frequency`: the more common a word, the later it is used.
 */
export function blockingKeys(record: PreparedRecord, frequency: (word: string) => number): string[] {
  // A keyed token one character off is another document's: it has no typing error to meet across.
  const keys = record.ids.flatMap((id) => [
    `i${id.key}`,
    ...(isToken(id.key) ? [] : typoKeys(id.scheme, id.value)),
  ]);
  const words = [...new Set(record.name.tokens)]
    .filter((word) => word.length > 1)
    .sort((x, y) => frequency(x) - frequency(y) || (x < y ? -1 : 1))
    .slice(0, RAREST_WORDS)
    .map(spanishPhonetic);
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const [x = '', y = ''] = [words[i], words[j]].sort();
      keys.push(`n${x}|${y}`);
    }
  if (words[0] !== undefined) keys.push(`w${words[0]}`);
  // A date alone gathers strangers (a birthday is shared by one person in 18,000): it blocks only
  // together with the initial of a name word.
  if (record.date.length === 8) for (const word of words) keys.push(`d${record.date}${word.charAt(0)}`);
  if (record.encoding !== undefined) keys.push(...encodingBlockingKeys(record.encoding));
  return keys;
}

/** Identifiers shorter than this are too unspecific to block on with two characters masked. */
const TYPO_KEY_MIN_LENGTH = 6;

/**
 * Keys on which an identifier meets its mistyped copies: the value with each two adjacent
 * characters masked, so one changed character or two swapped neighbours still share a key
 * (a typo'd document and a wrong name would otherwise meet on nothing).
 */
function typoKeys(scheme: string, value: string): string[] {
  if (value.length < TYPO_KEY_MIN_LENGTH) return [];
  const keys: string[] = [];
  for (let at = 0; at + 1 < value.length; at++)
    keys.push(`t${scheme}:${value.slice(0, at)}__${value.slice(at + 2)}`);
  return keys;
}

/** 31-bit FNV-1a: keys become numbers so that a million records block in typed arrays. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & 0x7fffffff;
}

const RECORD_BITS = 2 ** 22;
const COMPACT_AT = 1 << 22;

/**
 * Candidate pairs of records that share a blocking key, each pair once, as codes a * n + b with
 * a < b, sorted. Blocks up to the cap are compared all against all; larger ones by a sliding
 * window over name order, so a common surname costs n * window comparisons, not n squared.
 */
export function candidatePairs(
  keys: readonly (readonly string[])[],
  nameOrder: Int32Array,
  options: BlockingOptions = DEFAULT_BLOCKING,
): { pairs: Float64Array; oversized: Set<number> } {
  const n = keys.length;
  if (n >= RECORD_BITS) throw new RangeError(`Blocking handles up to ${RECORD_BITS - 1} records at once.`);
  let total = 0;
  for (const list of keys) total += list.length;
  const entries = new Float64Array(total);
  let at = 0;
  keys.forEach((list, record) => {
    for (const key of list) entries[at++] = keyHash(key) * RECORD_BITS + record;
  });
  entries.sort();
  const pairs = new PairBuffer(n);
  const oversized = new Set<number>();
  let start = 0;
  while (start < total) {
    const hash = Math.floor((entries[start] ?? 0) / RECORD_BITS);
    let end = start + 1;
    while (end < total && Math.floor((entries[end] ?? 0) / RECORD_BITS) === hash) end++;
    const members: number[] = [];
    for (let i = start; i < end; i++) members.push((entries[i] ?? 0) % RECORD_BITS);
    if (members.length <= options.bucketCap) {
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j < members.length; j++) pairs.add(members[i] ?? 0, members[j] ?? 0);
    } else {
      oversized.add(hash);
      members.sort((x, y) => (nameOrder[x] ?? 0) - (nameOrder[y] ?? 0));
      for (let i = 0; i < members.length; i++)
        for (let j = i + 1; j <= i + options.window && j < members.length; j++)
          pairs.add(members[i] ?? 0, members[j] ?? 0);
    }
    start = end;
  }
  return { pairs: pairs.sortedUnique(), oversized };
}

/** Ranks records by name signature: neighbours in this order have similar names. */
export function nameOrder(records: readonly PreparedRecord[]): Int32Array {
  const indices = records.map((_, index) => index);
  indices.sort((x, y) => {
    const a = records[x]?.name.signature ?? '';
    const b = records[y]?.name.signature ?? '';
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const rank = new Int32Array(records.length);
  indices.forEach((record, position) => (rank[record] = position));
  return rank;
}

/** A growable typed array of pair codes. */
class PairBuffer {
  private codes = new Float64Array(1024);
  private size = 0;

  constructor(private readonly n: number) {}

  add(a: number, b: number): void {
    if (a === b) return;
    // Pairs repeat across keys: compacting before growing keeps memory near the unique count.
    if (
      this.size === this.codes.length &&
      !(this.size >= COMPACT_AT && this.compact() < this.codes.length * 0.75)
    ) {
      const grown = new Float64Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.size++] = pairCode(a, b, this.n);
  }

  sortedUnique(): Float64Array {
    this.compact();
    return this.codes.slice(0, this.size);
  }

  private compact(): number {
    const codes = this.codes.subarray(0, this.size).sort();
    let kept = 0;
    for (let i = 0; i < codes.length; i++)
      if (i === 0 || codes[i] !== codes[kept - 1]) codes[kept++] = codes[i] ?? 0;
    this.size = kept;
    return kept;
  }
}
