import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCoNit, coNitCheckDigit } from './co-nit.js';

describe('Colombia NIT', () => {
  it("computes DIAN's check digit", () => {
    // DIAN 800197268: from the right 8*3+6*7+2*13+7*17+9*19+1*23+0*29+0*37+8*41 = 733; 733 mod 11 = 7; 11-7 = 4.
    assert.equal(coNitCheckDigit('800197268'), 4);
    // 900123456: 6*3+5*7+4*13+3*17+2*19+1*23+0+0+9*41 = 586; 586 mod 11 = 3; 11-3 = 8.
    assert.equal(coNitCheckDigit('900123456'), 8);
    // Remainders 0 and 1 are the DV themselves: 100000 -> 1*23 = 23; 23 mod 11 = 1.
    assert.equal(coNitCheckDigit('100000'), 1);
  });

  it('accepts the DV joined with a hyphen or in its own column, and drops it from the value', () => {
    const joined = checkCoNit('800.197.268-4');
    assert.equal(joined.value, '800197268');
    assert.equal(joined.valid, true);
    assert.deepEqual(joined.flags, []);
    assert.equal(joined.checkDigit, '4');
    assert.equal(joined.holderKind, 'ORGANISATION');
    assert.equal(checkCoNit('900123456', '8').valid, true);
  });

  it('flags a wrong DV but keeps the NIT', () => {
    // The layout document's example 900123456-7 has the wrong DV (8 is right).
    const result = checkCoNit('900123456-7');
    assert.equal(result.valid, false);
    assert.equal(result.value, '900123456');
    assert.deepEqual(
      result.flags.map((flag) => flag.code),
      ['NIT_CHECK_DIGIT'],
    );
    assert.equal(checkCoNit('900123456', '7').valid, false);
  });

  it('notes a missing DV and flags impossible lengths', () => {
    assert.deepEqual(
      checkCoNit('900123456').flags.map((flag) => [flag.code, flag.severity]),
      [['NIT_NO_CHECK_DIGIT', 'INFO']],
    );
    assert.equal(checkCoNit('12345').valid, false);
  });
});
