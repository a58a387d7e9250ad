/**
 * Where a field's value goes, split once when the profile is compiled rather than for every row:
 * `price.amount` is parents ['price'] and key 'amount'; `identifiers[]` appends to 'identifiers'.
 */
export interface FieldPath {
  readonly parents: readonly string[];
  readonly key: string;
  readonly append: boolean;
}

export function parsePath(path: string): FieldPath {
  const parts = path.split('.');
  const last = parts.pop() ?? '';
  const append = last.endsWith('[]');
  return { parents: parts, key: append ? last.slice(0, -2) : last, append };
}

/**
 * Sets a value at a field path in a record under construction: `a.b` nests objects, `a[]` appends
 * to an array. Undefined values are left out, so optional fields stay absent.
 */
export function setPath(target: Record<string, unknown>, path: FieldPath, value: unknown): void {
  if (value === undefined) return;
  let node = target;
  for (const parent of path.parents) {
    const child = node[parent];
    const next: Record<string, unknown> = isObject(child) ? child : {};
    node[parent] = next;
    node = next;
  }
  if (!path.append) node[path.key] = value;
  else node[path.key] = [...asArray(node[path.key]), ...asArray(value, true)];
}

/** The array itself, or (when `wrap`) a lone value as a one-element array; otherwise empty. */
function asArray(value: unknown, wrap = false): unknown[] {
  if (Array.isArray(value)) return value as unknown[];
  return wrap ? [value] : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
