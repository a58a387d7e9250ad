import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compareDecimal,
  divideDecimal,
  formatDecimal,
  multiplyDecimal,
  parseDecimal,
  type Decimal,
} from './decimal.js';

function d(text: string): Decimal {
  const value = parseDecimal(text);
  assert.ok(value, `parses ${text}`);
  return value;
}

describe('decimal', () => {
  it('parses and formats without losing digits or using exponents', () => {
    assert.equal(formatDecimal(d('-12.3400')), '-12.34');
    assert.equal(formatDecimal(d('1e-7')), '0.0000001');
    assert.equal(formatDecimal(d('2.5E3')), '2500');
    assert.equal(formatDecimal(d('.5')), '0.5');
    assert.equal(parseDecimal('1,5'), undefined);
    assert.equal(parseDecimal(Number.NaN), undefined);
  });

  it('multiplies exactly where binary floats do not', () => {
    assert.notEqual(0.1 * 3, 0.3);
    assert.equal(formatDecimal(multiplyDecimal(d('0.1'), d('3'))), '0.3');
  });

  it('divides exactly when the quotient terminates and rounds half away from zero otherwise', () => {
    assert.deepEqual(divideDecimal(d('1'), d('8')), { value: d('0.125'), exact: true });
    assert.equal(formatDecimal(divideDecimal(d('2'), d('3'), 2).value), '0.67');
    assert.equal(formatDecimal(divideDecimal(d('-2'), d('3'), 2).value), '-0.67');
    assert.equal(divideDecimal(d('2'), d('3'), 2).exact, false);
    assert.throws(() => divideDecimal(d('1'), d('0')), RangeError);
  });

  it('compares across scales', () => {
    assert.equal(compareDecimal(d('1.50'), d('1.5')), 0);
    assert.equal(compareDecimal(d('1.05'), d('1.5')), -1);
    assert.equal(compareDecimal(d('2'), d('1.999')), 1);
  });
});
