import { compareRecords, FEATURE, levelOf } from './features.js';
import { COUNTRY } from './field-comparisons.js';
import { ID } from './identifier-comparison.js';
import { matchProbability, patternWeight, type FellegiSunterModel } from './fellegi-sunter.js';
import type { Link } from './clustering.js';
import type { PreparedRecord } from './prepared-record.js';
import type { NameFrequencies } from './term-frequency.js';

/** A link kept as evidence of a merge, with its packed feature levels. */
export interface ScoredLink extends Link {
  readonly pattern: number;
  /** Bits the name's rarity added (or took away). */
  readonly termFrequency: number;
  readonly probability: number;
  readonly confirmedByAnalyst: false;
}

/**
 * Facts that decide against a link whatever the rest says: two valid identifiers of one scheme
 * more than one typing error apart (a person has one DNI, a company one RUC or NIT); for an
 * organisation, registration in different countries (each country's register is a separate legal
 * person); for persons of two countries, nothing but a name to go on. Persons do cross borders, and
 * with a birth date or a document compared they are left to the weights.
 */
export function vetoed(pattern: number, person: boolean): boolean {
  if (levelOf(pattern, FEATURE.identifier) === ID.CONFLICT_CHECKED) return true;
  if (levelOf(pattern, FEATURE.country) !== COUNTRY.DIFFERENT) return false;
  if (!person) return true;
  // Andean names repeat across borders: two countries' records of a name, with no birth date or
  // document to compare, are namesakes as often as one person (at the hub of seed 5 of the
  // simulated region, all five such links were wrong).
  return levelOf(pattern, FEATURE.date) === 0 && levelOf(pattern, FEATURE.identifier) === 0;
}

/** A fitted model ready to score pairs: pattern weights are cached, names adjust by rarity. */
export class PairScorer {
  private readonly weights = new Map<number, number>();

  constructor(
    readonly model: FellegiSunterModel,
    private readonly names: NameFrequencies,
    readonly threshold: number,
  ) {}

  /** The link between two records when it reaches the threshold, else undefined. */
  score(records: readonly PreparedRecord[], a: number, b: number): ScoredLink | undefined {
    const comparison = compareRecords(records[a] as PreparedRecord, records[b] as PreparedRecord);
    return this.link(a, b, comparison.pattern, comparison.nameSignature, records[a]?.person ?? false);
  }

  link(
    a: number,
    b: number,
    pattern: number,
    nameSignature: string | undefined,
    person: boolean,
  ): ScoredLink | undefined {
    if (vetoed(pattern, person)) return undefined;
    let base = this.weights.get(pattern);
    if (base === undefined) {
      base = patternWeight(this.model, pattern);
      this.weights.set(pattern, base);
    }
    const termFrequency = nameSignature === undefined ? 0 : this.names.adjustment(nameSignature);
    const weight = base + termFrequency;
    const probability = matchProbability(weight);
    return probability >= this.threshold
      ? { a, b, weight, pattern, termFrequency, probability, confirmedByAnalyst: false }
      : undefined;
  }
}
