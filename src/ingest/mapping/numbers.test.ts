import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseLocalNumber } from './numbers.js';

const COLOMBIA = { decimalMark: ',', thousandsMark: '.' } as const;
const PERU = { decimalMark: '.', thousandsMark: '' } as const;

describe('parseLocalNumber', () => {
  it('reads numbers in the notation of the layout', () => {
    assert.equal(parseLocalNumber('1.234.567,89', COLOMBIA), 1234567.89);
    assert.equal(parseLocalNumber('12.500', COLOMBIA), 12500);
    assert.equal(parseLocalNumber('0,75', COLOMBIA), 0.75);
    assert.equal(parseLocalNumber('-3', COLOMBIA), -3);
    assert.equal(parseLocalNumber('1234.56', PERU), 1234.56);
    assert.equal(parseLocalNumber('.5', PERU), 0.5);
  });

  it('refuses thousands marks that do not group by three, rather than guess', () => {
    for (const text of ['1.2345', '1.234.56', '12.5', '1,234.5']) {
      assert.equal(
        parseLocalNumber(text, text.includes(',') && !text.endsWith(',5') ? PERU : COLOMBIA),
        undefined,
        text,
      );
    }
    assert.equal(parseLocalNumber('1,234.5', PERU), undefined);
    assert.equal(parseLocalNumber('', PERU), undefined);
    assert.equal(parseLocalNumber('-', PERU), undefined);
  });
});
