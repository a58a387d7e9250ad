import { fitsType, topOf, type Precedent, type SpecParams } from './precedents.js';
import { RECORD_SCHEMAS, type RecordTypeName } from '@veta/standard';
import type { DraftField } from './propose-fields.js';

/**
 * The constant fields layouts of the record type set (a purchase's metal, a party's role): a path
 * the standard requires, that at least half the precedents set as a constant, or that completes an
 * object the draft fills part of (an area's country), is proposed with
 * the value of the layouts the `drafted` fields follow most, else the value most of them give,
 * noted as a guess unless they all agree. A constant equal to its layout's country
 * stands for the country, so it becomes the new file's. Paths in `filled` are left alone.
 */
export function proposeConsts(
  type: RecordTypeName,
  precedents: readonly Precedent[],
  country: string | undefined,
  filled: ReadonlySet<string>,
  drafted: readonly DraftField[] = [],
): DraftField[] {
  const byPath = new Map<string, { values: Map<string, string[]>; own: number }>();
  for (const precedent of precedents) {
    for (const [path, spec] of Object.entries(precedent.mapping.fields)) {
      if (spec.use !== 'const' || overlaps(path, filled) || !fitsType(precedent, type, path)) continue;
      const { value }: SpecParams = spec;
      const meant = value === precedent.country && precedent.country !== undefined ? country : value;
      if (meant === undefined) continue;
      const key = JSON.stringify(meant);
      const entry = byPath.get(path) ?? { values: new Map<string, string[]>(), own: 0 };
      entry.values.set(key, [...(entry.values.get(key) ?? []), precedent.layout]);
      if (precedent.mapping.type === type) entry.own++;
      byPath.set(path, entry);
    }
  }
  const required: readonly string[] = RECORD_SCHEMAS[type].required;
  const ofType = precedents.filter((precedent) => precedent.mapping.type === type).length;
  const fields: DraftField[] = [];
  for (const [path, { values, own }] of byPath) {
    const ranked = [...values.entries()].sort(
      (a, b) => followed(b[1], drafted) - followed(a[1], drafted) || b[1].length - a[1].length,
    );
    const total = ranked.reduce((sum, [, layouts]) => sum + layouts.length, 0);
    const [key, layouts] = ranked[0] ?? ['', []];
    if (own < ofType / 2 && !required.includes(topOf(path)) && !completesObject(path, filled)) continue;
    const others = ranked.slice(1).map(([other, from]) => `${other} (${from.join(', ')})`);
    fields.push({
      path,
      spec: constSpec(JSON.parse(key)),
      from: layouts,
      doubt:
        others.length > 0
          ? `a guess: ${layouts.length} of ${total} known layouts set ${key}; others set ${others.join(', ')}`
          : undefined,
    });
  }
  return fields;
}

/** A const field spec: the value is the transform's parameter. */
export function constSpec(value: unknown): SpecParams {
  return { use: 'const', value };
}

// A constant for kind.code where a column fills kind (or the reverse) would write one value twice.
function overlaps(path: string, filled: ReadonlySet<string>): boolean {
  return [...filled].some(
    (other) => other === path || path.startsWith(`${other}.`) || other.startsWith(`${path}.`),
  );
}

/**
 * How many of the draft's fields follow these layouts: where layouts disagree on a constant (the
 * register a registration is in), the layouts whose columns the file shares are the likest.
 */
function followed(layouts: readonly string[], fields: readonly DraftField[]): number {
  return fields.filter((field) => field.from.some((layout) => layouts.includes(layout))).length;
}

/**
 * Whether the constant is a part of an object the draft fills another part of: an area read
 * from a municipality column is an area of some country, which a national layout states once.
 */
function completesObject(path: string, filled: ReadonlySet<string>): boolean {
  const parent = path.slice(0, Math.max(0, path.lastIndexOf('.')));
  return parent !== '' && [...filled].some((other) => other.startsWith(`${parent}.`));
}
