import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blockingKeys, candidatePairs, nameOrder } from './blocking.js';
import { pairOf } from './pair-codes.js';
import { prepareRecord } from './prepared-record.js';

const person = (key: string, name: string, cc: string): ReturnType<typeof prepareRecord> =>
  prepareRecord({ key, kind: 'PERSON', name, identifiers: [`CO:CC:${cc}`], addresses: [], roles: [] });

function pairsOf(records: ReturnType<typeof prepareRecord>[]): string[] {
  const keys = records.map((record) => blockingKeys(record, () => 1));
  const { pairs } = candidatePairs(keys, nameOrder(records));
  return Array.from(pairs, (code) =>
    pairOf(code, records.length)
      .map((i) => records[i]?.key)
      .join('-'),
  );
}

describe('blocking', () => {
  it('meets a mistyped document with its original even when the rare name word is mistyped too', () => {
    const original = person('A', 'RUBEN VILLCA ARANA', '1074681806');
    const changed = person('B', 'RUBN VILLCA', '1074681206');
    const swapped = person('C', 'RUBNE VILLCA', '1074618806');
    // Two typos apart from each other, the copies meet only through the original.
    assert.deepEqual(pairsOf([original, changed, swapped]), ['A-B', 'A-C']);
  });

  it('does not meet a document two separate characters away, nor a short one on a mask', () => {
    assert.deepEqual(
      pairsOf([person('A', 'RUBEN ARANA', '1074681806'), person('B', 'ROSA QUISPE', '1074681203')]),
      [],
    );
    assert.deepEqual(pairsOf([person('A', 'RUBEN ARANA', '12345'), person('B', 'ROSA QUISPE', '12346')]), []);
  });
});
