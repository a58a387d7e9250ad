/**
 * A pair of record positions (of n records) packed in one number, the smaller first: a * n + b.
 * Packed pairs deduplicate in a Set or by sorting a typed array, and cost no object apiece, which
 * matters at millions of candidate pairs. Exact for n up to 2^26 (a * n + b stays below 2^53).
 */
export function pairCode(a: number, b: number, n: number): number {
  return a < b ? a * n + b : b * n + a;
}

/** The two positions of a packed pair, the smaller first. */
export function pairOf(code: number, n: number): [number, number] {
  return [Math.floor(code / n), code % n];
}
