// Dotted field paths (royalty.amount) as agreements name them: reading one from a record, and
// telling whether one path takes in another.

/** True when `path` is `ancestor` or lies inside it: royalty takes in royalty.amount. */
export function covers(ancestor: string, path: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** The value at a dotted path of a record, undefined where the record does not have it. */
export function readField(record: unknown, path: string): unknown {
  let value = record;
  for (const name of path.split('.')) {
    if (!isPlainObject(value)) return undefined;
    value = value[name];
  }
  return value;
}

/** Sets the value at a dotted path of an object, creating the objects on the way. */
export function writeField(target: Record<string, unknown>, path: string, value: unknown): void {
  const names = path.split('.');
  const last = names.pop();
  if (last === undefined) return;
  let object = target;
  for (const name of names) {
    const next = object[name];
    if (isPlainObject(next)) object = next;
    else {
      const created: Record<string, unknown> = {};
      object[name] = created;
      object = created;
    }
  }
  object[last] = value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
