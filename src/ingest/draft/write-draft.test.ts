import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DraftField } from './propose-fields.js';
import type { DraftRecord } from './propose-records.js';
import { unfilledRequired } from './write-draft.js';

function field(path: string): DraftField {
  return { path, spec: { use: 'text', column: path.toUpperCase() }, from: [], doubt: undefined };
}

function delivery(...paths: string[]): DraftRecord {
  return { type: 'InputTransaction', id: field('id'), fields: paths.map(field) };
}

describe('the written draft', () => {
  it('names the properties the standard requires that no field fills', () => {
    const all = ['date', 'recipient', 'input.code', 'declaredQuantity', 'quantity'];
    assert.deepEqual(unfilledRequired(delivery(...all.filter((path) => path !== 'input.code'))), ['input']);
    assert.deepEqual(unfilledRequired(delivery(...all)), []);
  });

  it('names no list, which is written empty, nor what the key and the reading fill', () => {
    // A party's roles and addresses are required lists; its id, country and flags are not columns.
    const party: DraftRecord = { type: 'Party', id: field('id'), fields: [field('name'), field('kind')] };
    assert.deepEqual(unfilledRequired(party), []);
  });
});
