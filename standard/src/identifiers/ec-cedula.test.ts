import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEcCedula, ecCedulaCheckDigit } from './ec-cedula.js';

const codes = (raw: string): string[] => checkEcCedula(raw).flags.map((flag) => flag.code);

describe('Ecuador cédula', () => {
  it('computes the mod-10 check digit', () => {
    // 171003406: 1*2, 7, 1*2, 0, 0, 3, 4*2, 0, 6*2=12-9=3 -> 2+7+2+0+0+3+8+0+3 = 25; (10 - 5) mod 10 = 5.
    assert.equal(ecCedulaCheckDigit('171003406'), 5);
    // 092668785: 0, 9, 4, 6, 12-9=3, 8, 14-9=5, 8, 10-9=1 -> 44; (10 - 4) mod 10 = 6.
    assert.equal(ecCedulaCheckDigit('092668785'), 6);
  });

  it('accepts valid cédulas', () => {
    assert.equal(checkEcCedula('1710034065').valid, true);
    assert.deepEqual(checkEcCedula('0926687856').flags, []);
  });

  it('restores a leading zero lost in a spreadsheet', () => {
    const result = checkEcCedula('926687856');
    assert.equal(result.value, '0926687856');
    assert.equal(result.valid, true);
    assert.deepEqual(codes('926687856'), ['CI_ZERO_PADDED']);
  });

  it('flags a wrong check digit, province or third digit', () => {
    // The example 1712345678: 2+7+2+2+6+4+1+6+5 = 35 -> check digit 5, not 8.
    assert.deepEqual(codes('1712345678'), ['CI_CHECK_DIGIT']);
    assert.equal(checkEcCedula('1712345678').valid, false);
    assert.ok(codes('2510034065').includes('CI_PROVINCE'));
    assert.ok(codes('1770034065').includes('CI_THIRD_DIGIT'));
    assert.deepEqual(codes('12345'), ['CI_LENGTH']);
  });
});
