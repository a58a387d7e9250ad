/**
 * JSON with object keys sorted at every depth, so the same value always serialises the same way
 * (jsonb does not keep key order, nor does a peer's JSON parser; a hash or signature must not
 * depend on it).
 */
export function canonicalJson(value: unknown): string {
  // As JSON.stringify does inside arrays: undefined (and functions) become null.
  if (value === undefined || typeof value === 'function') return 'null';
  // Every signed envelope goes through here several times (sealed, sent, opened, its digest kept):
  // plain JSON data goes through the engine's own serialiser, keys sorted on the way, ten times
  // faster. Anything it would write otherwise is written key by key.
  try {
    return JSON.stringify(value, sortedKeys);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
    return writtenByHand(value);
  }
}

const NOT_PLAIN = new Error('not plain JSON data');
// An integer-like key: objects list these first in numeric order, whatever order they were set in.
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

function sortedKeys(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  // toJSON (a Date), functions (null here, left out by JSON.stringify) and the like: by hand.
  if (original !== value || typeof value === 'function' || typeof value === 'symbol') throw NOT_PLAIN;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) throw NOT_PLAIN;
  const keys = Object.keys(value);
  if (keys.some((name) => INDEX_KEY.test(name))) throw NOT_PLAIN;
  if (keys.every((name, i) => i === 0 || (keys[i - 1] ?? '') < name)) return value;
  // No prototype: a key named "__proto__" (JSON.parse makes one) stays a key of the copy, as it is
  // of the value, instead of replacing the copy's prototype and dropping out of the signed bytes.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const name of keys.sort()) sorted[name] = (value as Record<string, unknown>)[name];
  return sorted;
}

function writtenByHand(value: unknown): string {
  if (value === undefined || typeof value === 'function') return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => writtenByHand(item)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${writtenByHand(item)}`).join(',')}}`;
}
