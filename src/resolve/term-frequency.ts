import type { PreparedRecord } from './prepared-record.js';

/** The most a name's rarity (or commonness) may move a match weight, in bits. */
const MAX_ADJUSTMENT = 6;

/**
 * Term-frequency adjustment for names: agreeing on a rare name is stronger evidence than agreeing
 * on "JUAN QUISPE MAMANI". The adjustment is log2(average chance agreement / this name's
 * frequency), so it averages to nothing over random agreements and only re-weights by rarity.
 */
export class NameFrequencies {
  private readonly counts = new Map<string, number>();
  private readonly total: number;
  private readonly chanceAgreement: number;

  constructor(counts: ReadonlyMap<string, number>, total: number, squares: number) {
    for (const [signature, count] of counts) this.counts.set(signature, count);
    this.total = Math.max(total, 1);
    this.chanceAgreement = Math.max(squares, 1) / (this.total * this.total);
  }

  /** Counts the names of a set of records. */
  static of(records: readonly PreparedRecord[]): NameFrequencies {
    const counts = new Map<string, number>();
    for (const record of records)
      counts.set(record.name.signature, (counts.get(record.name.signature) ?? 0) + 1);
    let squares = 0;
    for (const count of counts.values()) squares += count * count;
    return new NameFrequencies(counts, records.length, squares);
  }

  /** What a model stores to rebuild this table: names seen twice or more, the total and the sum of squares. */
  snapshot(): { common: [string, number][]; total: number; squares: number } {
    let squares = 0;
    for (const count of this.counts.values()) squares += count * count;
    return { common: [...this.counts].filter(([, count]) => count >= 2), total: this.total, squares };
  }

  /** Bits added to the match weight of a pair that agrees on this name. */
  adjustment(signature: string): number {
    const frequency = Math.max(this.counts.get(signature) ?? 1, 1) / this.total;
    const bits = Math.log2(this.chanceAgreement / frequency);
    return Math.max(-MAX_ADJUSTMENT, Math.min(MAX_ADJUSTMENT, bits));
  }
}
