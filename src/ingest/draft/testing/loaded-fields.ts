import type { MappedRecord } from '../../mapping/map-row.js';

/**
 * The (field path, value) pairs of a record, as "path=value": every leaf of its body, lists
 * written `path[]` whatever the position, the key and the record type aside (records are matched
 * by row and type, so a draft's other key does not hide the fields it loads alike).
 */
export function loadedFields(record: MappedRecord): string[] {
  const pairs: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, `${path}[]`);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path === '' ? key : `${path}.${key}`);
    } else if (path !== 'id' && path !== 'recordType') {
      pairs.push(`${path}=${JSON.stringify(value)}`);
    }
  };
  walk(record.body, '');
  return pairs;
}

/** How many of the hand profile's loaded fields the draft loads with the same value. */
export interface FieldAgreement {
  expected: number;
  found: number;
  /** Up to ten of the fields the draft missed, as "row N Type path=value". */
  missed: string[];
}

/**
 * Compares what two profiles loaded from one file. A record of the hand profile is matched with
 * the draft's records of the same type from the same row (a row may make several of one type:
 * their fields are pooled), and each of its (path, value) pairs counts as found when a pooled
 * draft record has it, each draft pair matching once.
 */
export function compareLoaded(
  hand: ReadonlyMap<number, readonly MappedRecord[]>,
  draft: ReadonlyMap<number, readonly MappedRecord[]>,
): FieldAgreement {
  const agreement: FieldAgreement = { expected: 0, found: 0, missed: [] };
  for (const [row, records] of hand) {
    const offered = new Map<string, number>();
    for (const record of draft.get(row) ?? [])
      for (const pair of loadedFields(record))
        offered.set(`${record.type} ${pair}`, (offered.get(`${record.type} ${pair}`) ?? 0) + 1);
    for (const record of records) {
      for (const pair of loadedFields(record)) {
        const key = `${record.type} ${pair}`;
        agreement.expected++;
        const left = offered.get(key) ?? 0;
        if (left > 0) {
          agreement.found++;
          offered.set(key, left - 1);
        } else if (agreement.missed.length < 10) agreement.missed.push(`row ${row} ${key}`);
      }
    }
  }
  return agreement;
}
