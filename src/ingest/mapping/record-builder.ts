/**
 * Sets a value at a field path in a record under construction: `a.b` nests objects, `a[]` appends
 * to an array. Undefined values are left out, so optional fields stay absent.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  const parts = path.split('.');
  let node = target;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    const append = part.endsWith('[]');
    const key = append ? part.slice(0, -2) : part;
    if (last) {
      if (!append) node[key] = value;
      else node[key] = [...asArray(node[key]), ...asArray(value, true)];
      return;
    }
    const child = node[key];
    const next: Record<string, unknown> = isObject(child) ? child : {};
    node[key] = next;
    node = next;
  }
}

/** The array itself, or (when `wrap`) a lone value as a one-element array; otherwise empty. */
function asArray(value: unknown, wrap = false): unknown[] {
  if (Array.isArray(value)) return value as unknown[];
  return wrap ? [value] : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
