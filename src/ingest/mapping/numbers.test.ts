import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readNumber } from './numbers.js';
import { transformInput } from './testing/transform-input.js';

describe('readNumber', () => {
  it("reads an ambiguous value with the column's mark decided from the file, else the layout's", () => {
    const peru = transformInput({ KG: '1.234' });
    assert.deepEqual(readNumber(peru, 'KG', '1.234'), { ok: true, value: 1.234, flags: [] });
    const decided = transformInput(
      { Kilos: '1.234' },
      { columns: { KG: 'Kilos' }, numberMarks: { Kilos: { decimalMark: ',', settled: true } } },
    );
    assert.deepEqual(readNumber(decided, 'KG', '1.234'), { ok: true, value: 1234, flags: [] });
  });

  it('flags an ambiguous value when neither the file nor the layout settled the mark', () => {
    const open = transformInput({ KG: '1.234' }, { declaredDecimalMark: undefined });
    const read = readNumber(open, 'KG', '1.234');
    assert.ok(read.ok);
    assert.deepEqual(
      read.flags.map((flag) => flag.code),
      ['NUMBER_AMBIGUOUS'],
    );
  });

  it("checks a unit written in the cell against the field's, and flags one the field does not check", () => {
    const input = transformInput({ G: '850 g' });
    assert.deepEqual(readNumber(input, 'G', '850 g', { unit: 'g' }), { ok: true, value: 850, flags: [] });
    const mismatch = readNumber(input, 'G', '12,5 kg', { unit: 'g' });
    assert.equal(mismatch.ok ? 'read' : mismatch.problem.code, 'UNIT_MISMATCH');
    const unchecked = readNumber(input, 'G', '850 g');
    assert.deepEqual(unchecked.ok ? unchecked.flags.map((flag) => flag.code) : [], ['UNIT_IN_CELL']);
  });

  it("checks a currency written in the cell against the field's", () => {
    const input = transformInput({ M: '' });
    assert.deepEqual(readNumber(input, 'M', 'S/ 1,500.00', { currency: 'PEN' }), {
      ok: true,
      value: 1500,
      flags: [],
    });
    const other = readNumber(input, 'M', 'US$ 1,500.00', { currency: 'PEN' });
    assert.equal(other.ok ? 'read' : other.problem.code, 'CURRENCY_MISMATCH');
    const unchecked = readNumber(input, 'M', 'USD 12');
    assert.deepEqual(unchecked.ok ? unchecked.flags.map((flag) => flag.code) : [], ['CURRENCY_IN_CELL']);
  });

  it('rejects what is no number with a sentence naming the value', () => {
    const read = readNumber(transformInput({}), 'KG', '1.234.56');
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.problem.message, /"1\.234\.56" is not a number/);
  });
});
