/**
 * JSON with object keys sorted at every depth, so the same value always serialises the same way
 * (jsonb does not keep key order, nor does a peer's JSON parser; a hash or signature must not
 * depend on it).
 */
export function canonicalJson(value: unknown): string {
  // As JSON.stringify does inside arrays: undefined (and functions) become null.
  if (value === undefined || typeof value === 'function') return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
