import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEcRuc } from './ec-ruc.js';

const flags = (raw: string): string[][] =>
  checkEcRuc(raw).flags.map((flag) => [flag.code, flag.severity ?? '']);

describe('Ecuador RUC', () => {
  it('accepts a natural person RUC: a valid cédula plus 001', () => {
    const result = checkEcRuc('1710034065001');
    assert.equal(result.valid, true);
    assert.equal(result.holderKind, 'PERSON');
    assert.deepEqual(result.flags, []);
  });

  it('checks the cédula inside a natural person RUC', () => {
    assert.deepEqual(flags('1710034060001'), [['RUC_CEDULA_CHECK_DIGIT', 'ERROR']]);
    assert.equal(checkEcRuc('1710034060001').valid, false);
    assert.deepEqual(flags('1710034065000'), [['RUC_SUFFIX', 'ERROR']]);
  });

  it('accepts private and public company RUCs whose check digit matches', () => {
    // Private 1790010937: 1*4+7*3+9*2+0*7+0*6+1*5+0*4+9*3+3*2 = 81; 81 mod 11 = 4; 11-4 = 7 (10th digit).
    assert.deepEqual(checkEcRuc('1790010937001').flags, []);
    assert.equal(checkEcRuc('1790010937001').holderKind, 'ORGANISATION');
    // Public 17600132: 1*3+7*2+6*7+0*6+0*5+1*4+3*3+2*2 = 76; 76 mod 11 = 10; 11-10 = 1 (9th digit).
    assert.deepEqual(checkEcRuc('1760013210001').flags, []);
  });

  it('only warns when a company check digit fails, because SRI issues such RUCs', () => {
    // The example 1790012345001: 4+21+18+0+0+5+8+9+8 = 73; 73 mod 11 = 7; expected 4, found 5.
    const result = checkEcRuc('1790012345001');
    assert.deepEqual(flags('1790012345001'), [['RUC_CHECK_DIGIT', 'WARNING']]);
    assert.equal(result.valid, true);
    assert.equal(result.value, '1790012345001');
  });

  it('flags impossible shapes', () => {
    assert.deepEqual(flags('926687856001'), [['RUC_ZERO_PADDED', 'INFO']]);
    assert.equal(checkEcRuc('926687856001').value, '0926687856001');
    assert.deepEqual(flags('2590010937001'), [
      ['RUC_PROVINCE', 'ERROR'],
      ['RUC_CHECK_DIGIT', 'WARNING'],
    ]);
    assert.deepEqual(flags('1770012345001'), [['RUC_THIRD_DIGIT', 'ERROR']]);
    assert.deepEqual(flags('17900109'), [['RUC_LENGTH', 'ERROR']]);
  });
});
