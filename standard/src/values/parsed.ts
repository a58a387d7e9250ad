import type { QualityFlag } from '../quality-flag.js';

/**
 * What a tolerant parser made of a cell: the value with the flags its reading earned (an ambiguous
 * form, a guessed zone), or a stable code and a sentence naming the value and what was expected.
 */
export type Parsed<T> =
  { ok: true; value: T; flags: QualityFlag[] } | { ok: false; code: string; message: string };

export function parsed<T>(value: T, flags: QualityFlag[] = []): Parsed<T> {
  return { ok: true, value, flags };
}

export function failed<T>(code: string, message: string): Parsed<T> {
  return { ok: false, code, message };
}
