import { foldForComparison, NAME_PARTICLES, parsePersonName, type NameOrder } from '@veta/standard';
import type { RawRow } from '../readers/raw-row.js';
import type { DraftRecord } from './draft-record.js';
import type { SpecParams } from './precedents.js';
import type { DraftField } from './propose-fields.js';
import { columnValues } from './sniff-values.js';

const ORDERS: readonly NameOrder[] = ['GIVEN_FIRST', 'SURNAMES_FIRST'];

/**
 * Given names as words folded for comparison: JUAN CARLOS is JUAN and CARLOS; MARÍA DEL CARMEN is
 * MARIA and CARMEN, since a particle (DEL, DE LA) starts surnames as often as given names.
 */
export function givenNameWords(givenNames: string): string[] {
  return foldForComparison(givenNames)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1 && !NAME_PARTICLES.has(word));
}

/**
 * The order a column writes full names in, told by the given names Veta already knows: the order
 * whose given names are known for more of the column's names. Agencies of one country write names
 * both ways (Peru's SUNAT surnames first, a Bolivian company register given names first), so a
 * precedent's order is only a guess; undefined when the known names tell neither.
 */
export function knownNameOrder(
  fullNames: readonly string[],
  known: ReadonlySet<string>,
): { order: NameOrder; names: number } | undefined {
  const votes = new Map<NameOrder, number>(ORDERS.map((order) => [order, 0]));
  for (const fullName of fullNames) {
    const telling = ORDERS.filter((order) =>
      givenNameWords(parsePersonName(fullName, order).givenNames ?? '').some((word) => known.has(word)),
    );
    const [order] = telling;
    if (telling.length === 1 && order) votes.set(order, (votes.get(order) ?? 0) + 1);
  }
  const [first, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return first && second && first[1] > second[1] ? { order: first[0], names: first[1] } : undefined;
}

/** The draft's full-name fields read in the order the known given names tell, where they tell one. */
export function withKnownNameOrder(
  records: readonly DraftRecord[],
  rows: readonly RawRow[],
  known: ReadonlySet<string>,
): DraftRecord[] {
  if (known.size === 0) return [...records];
  const ordered = (field: DraftField): DraftField => {
    const spec: SpecParams = field.spec;
    if (spec.use !== 'person-name' || spec.column === undefined) return field;
    const values = columnValues(rows, spec.column);
    const told = knownNameOrder(values, known);
    if (!told || told.order === (spec['order'] ?? 'GIVEN_FIRST')) return field;
    const reordered: SpecParams = { ...spec, order: told.order };
    return {
      ...field,
      spec: reordered,
      doubt: [
        field.doubt,
        `${String(told.names)} of ${String(values.length)} names in ${spec.column} have given names Veta knows where ${told.order === 'GIVEN_FIRST' ? 'given names come first' : 'surnames come first'}`,
      ]
        .filter((doubt) => doubt !== undefined)
        .join('; '),
    };
  };
  return records.map((record) => ({ ...record, fields: record.fields.map(ordered) }));
}
