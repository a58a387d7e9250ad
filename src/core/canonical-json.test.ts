import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson } from './canonical-json.js';

// Signatures and hashes made by earlier versions must still verify: the bytes are written out here
// as Veta wrote them, not derived from the code under test.
describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves arrays in order', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [{ z: 'x', y: null }, 2], c: { é: 1, Z: 2, a: true } }),
      '{"a":[{"y":null,"z":"x"},2],"b":1,"c":{"Z":2,"a":true,"é":1}}',
    );
  });

  it('sorts integer-like keys as text, as they were always sorted', () => {
    assert.equal(
      canonicalJson({ 10: 'a', 9: 'b', x: { 2: 1, 1: 2 } }),
      '{"10":"a","9":"b","x":{"1":2,"2":1}}',
    );
  });

  it('drops undefined members, writes undefined and functions in arrays as null, functions in objects as null', () => {
    assert.equal(
      canonicalJson({ a: undefined, b: [undefined, () => 1], c: () => 1 }),
      '{"b":[null,null],"c":null}',
    );
    assert.equal(canonicalJson(undefined), 'null');
  });

  it('writes an object with toJSON by its keys, a Date as an empty object', () => {
    assert.equal(canonicalJson({ at: new Date(0), n: -0, x: Number.NaN }), '{"at":{},"n":0,"x":null}');
  });

  it('writes the same bytes for the same value whatever its key order', () => {
    const records = Array.from({ length: 50 }, (_, i) => ({
      id: `r${String(i)}`,
      row: i,
      raw: { B: 'b', A: 'a' },
    }));
    const reversed = records.map(({ raw, row, id }) => ({ raw: { A: raw.A, B: raw.B }, row, id }));
    assert.equal(canonicalJson({ records }), canonicalJson({ records: reversed }));
  });

  it('keeps a key named __proto__ in the bytes, sorted or not, so no key escapes a signature', () => {
    const unsorted = JSON.parse('{"z":1,"__proto__":{"name":"JUAN"},"a":2}') as unknown;
    assert.equal(canonicalJson(unsorted), '{"__proto__":{"name":"JUAN"},"a":2,"z":1}');
    const sorted = JSON.parse('{"__proto__":{"name":"JUAN"},"a":2}') as unknown;
    assert.equal(canonicalJson(sorted), '{"__proto__":{"name":"JUAN"},"a":2}');
    assert.notEqual(canonicalJson(unsorted), canonicalJson({ z: 1, a: 2 }));
  });
});
