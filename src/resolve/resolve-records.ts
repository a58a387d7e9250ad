import {
  blockingKeys,
  candidatePairs,
  DEFAULT_BLOCKING,
  keyHash,
  nameOrder,
  wordFrequencies,
  type BlockingOptions,
} from './blocking.js';
import { clusterRecords } from './clustering.js';
import { confirmedLink, type EntityLink } from './entity-link.js';
import { BIRTH_TOKEN_MATCH_SHARES, NAME_ENCODING_MATCH_SHARES } from './encoding-comparison.js';
import { compareRecords, FEATURE, levelOf } from './features.js';
import { estimateModel, levelFrequencies, type FellegiSunterModel } from './fellegi-sunter.js';
import { ID } from './identifier-comparison.js';
import { pairOf } from './pair-codes.js';
import { prepareRecord, type PreparedRecord } from './prepared-record.js';
import { randomPatterns } from './random-pairs.js';
import type { ResolutionRecord } from './resolution-record.js';
import { PairScorer, type ScoredLink } from './scoring.js';
import { assignEntityIds } from './stable-ids.js';
import { NameFrequencies } from './term-frequency.js';

/**
 * The probability a pair must reach to be linked. Fellegi-Sunter probabilities from EM are
 * over-confident rather than under, so 0.95 errs toward keeping entities apart.
 */
export const DEFAULT_THRESHOLD = 0.95;

export type PartyKind = 'PERSON' | 'ORGANISATION';

export interface ResolveOptions {
  readonly threshold?: number;
  readonly blocking?: BlockingOptions;
  /** Analyst judgements by record key. */
  readonly confirmed?: readonly (readonly [string, string])[];
  readonly rejected?: readonly (readonly [string, string])[];
  /** Entity id of each record key in the previous run, so ids stay stable. */
  readonly previous?: ReadonlyMap<string, string>;
  /** Random pairs compared to seed u (the chance agreement of each level). */
  readonly randomPairs?: number;
}

/** What an incremental run needs of a fitted kind: the model and the frequencies it was fitted with. */
export interface KindSnapshot {
  readonly kind: PartyKind;
  readonly model: FellegiSunterModel;
  readonly records: number;
  readonly candidatePairs: number;
  readonly links: number;
  readonly words: [string, number][];
  readonly names: { common: [string, number][]; total: number; squares: number };
}

export interface ModelSnapshot {
  readonly threshold: number;
  readonly blocking: BlockingOptions;
  readonly kinds: KindSnapshot[];
}

export interface Resolution {
  /** Entity id of each input record, by input position. */
  readonly entityOf: readonly string[];
  /** The links each entity rests on (a spanning forest), by input positions. */
  readonly links: readonly EntityLink[];
  readonly snapshot: ModelSnapshot;
  readonly prepared: readonly PreparedRecord[];
  /** Blocking keys of each record small enough to look up later (oversized blocks left out). */
  readonly keys: readonly (readonly string[])[];
  /** Merges refused because of a rejection or two valid identifiers of one scheme. */
  readonly refused: number;
}

/** Resolves records into entities: block, compare, fit Fellegi-Sunter by EM, link, cluster. */
export function resolveRecords(
  records: readonly ResolutionRecord[],
  options: ResolveOptions = {},
): Resolution {
  const prepared = records.map(prepareRecord);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const blocking = options.blocking ?? DEFAULT_BLOCKING;
  const links: ScoredLink[] = [];
  const kinds: KindSnapshot[] = [];
  const keys: (readonly string[])[] = new Array<readonly string[]>(prepared.length).fill([]);
  for (const kind of ['PERSON', 'ORGANISATION'] as const) {
    const members = prepared.flatMap((record, index) => (kindOf(record) === kind ? [index] : []));
    if (members.length === 0) continue;
    const fitted = resolveKind(
      kind,
      members.map((index) => prepared[index] as PreparedRecord),
      threshold,
      options,
      blocking,
    );
    for (const link of fitted.links)
      links.push({ ...link, a: members[link.a] ?? 0, b: members[link.b] ?? 0 });
    fitted.keys.forEach((list, i) => (keys[members[i] ?? 0] = list));
    kinds.push(fitted.snapshot);
  }
  const clustered = clusterRecords(prepared.length, links, {
    ids: prepared.map((record) => record.ids),
    confirmed: indexPairs(prepared, options.confirmed),
    rejected: indexPairs(prepared, options.rejected),
  });
  const entityOf = entityIds(prepared, clustered.roots, options.previous ?? new Map());
  return {
    entityOf,
    links: [...clustered.confirmed.map(confirmedLink), ...clustered.used],
    snapshot: { threshold, blocking, kinds },
    prepared,
    keys,
    refused: clustered.refused,
  };
}

export function kindOf(record: PreparedRecord): PartyKind {
  return record.person ? 'PERSON' : 'ORGANISATION';
}

/** Judged pairs of record keys as pairs of positions; pairs naming unknown records are skipped. */
export function indexPairs(
  records: readonly PreparedRecord[],
  pairs: readonly (readonly [string, string])[] = [],
): [number, number][] {
  const index = new Map(records.map((record, position) => [record.key, position]));
  return pairs.flatMap(([a, b]) => {
    const x = index.get(a);
    const y = index.get(b);
    return x === undefined || y === undefined ? [] : [[x, y] as [number, number]];
  });
}

/** The stable entity id of each record, from its cluster root. */
export function entityIds(
  records: readonly PreparedRecord[],
  roots: Int32Array,
  previous: ReadonlyMap<string, string>,
): string[] {
  const byRoot = new Map<number, string[]>();
  roots.forEach((root, position) => {
    const list = byRoot.get(root) ?? [];
    list.push(records[position]?.key ?? '');
    byRoot.set(root, list);
  });
  const ids = assignEntityIds([...byRoot.values()], previous);
  const idOfRoot = new Map([...byRoot.keys()].map((root, position) => [root, ids[position] ?? '']));
  return Array.from(roots, (root) => idOfRoot.get(root) ?? '');
}

/**
 * What identifiers settle before any weighing: a shared identifier marks a match, two different
 * values that both pass their check digit mark two holders. EM keeps these pairs in their class,
 * so that a pool of look-alike names cannot pull the "match" class towards "same name".
 */
function identifierLabel(pattern: number): 0 | 1 | undefined {
  const level = levelOf(pattern, FEATURE.identifier);
  if (level === ID.SHARED_CHECKED || level === ID.SHARED) return 1;
  return level === ID.CONFLICT_CHECKED ? 0 : undefined;
}

/**
 * Patterns of random pairs without those a shared identifier marks as one entity: how often each
 * level happens between different entities by chance.
 */
function chancePatterns(records: readonly PreparedRecord[], wanted: number): Map<number, number> {
  const patterns = randomPatterns(records, wanted);
  for (const pattern of [...patterns.keys()]) if (identifierLabel(pattern) === 1) patterns.delete(pattern);
  return patterns;
}

/**
 * The least u EM may reach, by feature and level: the chance frequency, except for encodings. A
 * record encoding is one feature standing for the whole record, so its floor alone caps a link's
 * weight at what the share of true pairs among random pairs allows: on FEBRL, where one random
 * pair in a thousand is a true one, every encoded link sat between 0.95 and 0.97 and a different
 * key lost 2.6% of them. The floor guards against look-alike names; two records whose whole
 * encodings nearly agree are not look-alikes.
 */
function chanceFloor(chance: readonly (readonly number[])[]): number[][] {
  return chance.map((levels, f) => (f === FEATURE.encoding ? levels.map(() => 0) : [...levels]));
}

function resolveKind(
  kind: PartyKind,
  records: readonly PreparedRecord[],
  threshold: number,
  options: ResolveOptions,
  blocking: BlockingOptions,
): { links: ScoredLink[]; keys: string[][]; snapshot: KindSnapshot } {
  const words = wordFrequencies(records);
  const names = NameFrequencies.of(records);
  const frequency = (word: string): number => words.get(word) ?? 0;
  const allKeys = records.map((record) => blockingKeys(record, frequency));
  const { pairs, oversized } = candidatePairs(allKeys, nameOrder(records), blocking);
  const n = records.length;
  const patterns = new Uint32Array(pairs.length);
  const signatures: (string | undefined)[] = new Array<string | undefined>(pairs.length);
  const counts = new Map<number, number>();
  pairs.forEach((code, i) => {
    const [a, b] = pairOf(code, n);
    const comparison = compareRecords(records[a] as PreparedRecord, records[b] as PreparedRecord);
    patterns[i] = comparison.pattern;
    signatures[i] = comparison.nameSignature;
    counts.set(comparison.pattern, (counts.get(comparison.pattern) ?? 0) + 1);
  });
  const chance = levelFrequencies(chancePatterns(records, options.randomPairs ?? 200_000));
  const model = estimateModel(counts, chance, {
    label: identifierLabel,
    minU: chanceFloor(chance),
    fixedM: new Map([
      [FEATURE.nameEncoding, NAME_ENCODING_MATCH_SHARES],
      [FEATURE.birthToken, BIRTH_TOKEN_MATCH_SHARES],
    ]),
    fixedU: [FEATURE.nameEncoding, FEATURE.birthToken],
  });
  const scorer = new PairScorer(model, names, threshold);
  const links: ScoredLink[] = [];
  pairs.forEach((code, i) => {
    const [a, b] = pairOf(code, n);
    const link = scorer.link(a, b, patterns[i] ?? 0, signatures[i], kind === 'PERSON');
    if (link) links.push(link);
  });
  const keys = allKeys.map((list) => list.filter((key) => !oversized.has(keyHash(key))));
  const snapshot: KindSnapshot = {
    kind,
    model,
    records: n,
    candidatePairs: pairs.length,
    links: links.length,
    words: [...words].filter(([, count]) => count >= 2),
    names: names.snapshot(),
  };
  return { links, keys, snapshot };
}
