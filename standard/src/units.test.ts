import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertUnit, fineContent, normaliseFineness, UNITS } from './units.js';

describe('convertUnit', () => {
  it('converts troy ounces and US gallons by their exact definitions', () => {
    assert.deepEqual(convertUnit('1', 'ozt', 'g'), { ok: true, value: '31.1034768', exact: true });
    assert.deepEqual(convertUnit(10, 'ozt', 'kg'), { ok: true, value: '0.311034768', exact: true });
    assert.deepEqual(convertUnit('1', 'gal', 'L'), { ok: true, value: '3.785411784', exact: true });
    assert.deepEqual(convertUnit('100', 'gal', 'L'), { ok: true, value: '378.5411784', exact: true });
  });

  it('is exact where float arithmetic is not', () => {
    assert.notEqual(1.005 * 1000, 1005);
    assert.deepEqual(convertUnit(1.005, 'kg', 'g'), { ok: true, value: '1005', exact: true });
    assert.notEqual(0.07 / 1000, 0.00007);
    assert.deepEqual(convertUnit(0.07, 'g', 'kg'), { ok: true, value: '0.00007', exact: true });
    assert.deepEqual(convertUnit('35', 'g', 'kg'), { ok: true, value: '0.035', exact: true });
    assert.deepEqual(convertUnit('1.5', 't', 'kg'), { ok: true, value: '1500', exact: true });
  });

  it('marks non-terminating results inexact and rounds them to 15 places', () => {
    const result = convertUnit('1000', 'g', 'ozt');
    assert.ok(result.ok);
    assert.equal(result.exact, false);
    assert.equal(result.value, '32.150746568627981');
  });

  it('refuses to mix dimensions and non-numbers, as data rather than exceptions', () => {
    assert.equal(convertUnit('1', 'kg', 'L').ok, false);
    assert.deepEqual(convertUnit('abc', 'kg', 'g'), {
      ok: false,
      code: 'NOT_A_NUMBER',
      message: '"abc" is not a number',
    });
  });

  it('defines every unit with a positive decimal factor', () => {
    for (const unit of UNITS) assert.match(unit.toBase, /^[0-9]+(\.[0-9]+)?$/, unit.code);
  });
});

describe('fineness and fine content', () => {
  it('accepts thousandths, per cent and fractions and yields the same exact fraction', () => {
    assert.deepEqual(normaliseFineness('999.9', 'THOUSANDTHS'), { ok: true, fraction: '0.9999' });
    assert.deepEqual(normaliseFineness('99.99', 'PERCENT'), { ok: true, fraction: '0.9999' });
    assert.deepEqual(normaliseFineness(0.9999, 'FRACTION'), { ok: true, fraction: '0.9999' });
  });

  it('flags a fineness that is out of range for its scale', () => {
    const result = normaliseFineness('915', 'PERCENT');
    if (result.ok) assert.fail('915 per cent must be out of range');
    assert.equal(result.code, 'FINENESS_OUT_OF_RANGE');
  });

  it('computes fine content as gross times fineness, exactly', () => {
    assert.equal(fineContent('1234.5', '0.9999'), '1234.37655');
    assert.equal(fineContent(35, '0.915'), '32.025');
    assert.equal(fineContent('x', '0.9'), undefined);
  });
});
