import { compareRecords } from './features.js';
import type { PreparedRecord } from './prepared-record.js';

/**
 * Comparison patterns of random pairs: how often each level happens by chance, which seeds u.
 * The generator is seeded, so the same records give the same model and the same entities.
 */
export function randomPatterns(records: readonly PreparedRecord[], wanted: number): Map<number, number> {
  const counts = new Map<number, number>();
  const n = records.length;
  if (n < 2) return counts;
  let state = 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const total = Math.min(wanted, (n * (n - 1)) / 2);
  for (let i = 0; i < total; i++) {
    const a = Math.floor(next() * n);
    let b = Math.floor(next() * (n - 1));
    if (b >= a) b++;
    const pattern = compareRecords(records[a] as PreparedRecord, records[b] as PreparedRecord).pattern;
    counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  }
  return counts;
}
