import type { Figure } from './result-entry.js';

/** A figure where more is an improvement (rows per second, F1). */
export function higher(value: number, unit: string): Figure {
  return { value, unit, higherIsBetter: true };
}

/** A figure where less is an improvement (seconds, latency, memory, failures). */
export function lower(value: number, unit: string): Figure {
  return { value, unit, higherIsBetter: false };
}
