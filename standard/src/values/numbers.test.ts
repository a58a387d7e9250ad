import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDecimalMark, decimalMarkShown, parseNumber, type NumberOptions } from './numbers.js';

const POINT: NumberOptions = { decimalMark: '.', settled: true };
const COMMA: NumberOptions = { decimalMark: ',', settled: true };

/** What a text reads as: its value and what the cell wrote beside it, then its flags' codes; or the failure's code. */
function read(text: string, options = POINT): string {
  const parsed = parseNumber(text, options);
  if (!parsed.ok) return parsed.code;
  const { value, ...beside } = parsed.value;
  const extras = Object.entries(beside).map(([key, part]) => `${key}=${String(part)}`);
  return [String(value), ...extras, ...parsed.flags.map((flag) => flag.code)].join(' ');
}

describe('parseNumber: one fixture per form', () => {
  it('reads a decimal comma or point that the value itself shows, whatever the column', () => {
    assert.equal(read('12,5', COMMA), '12.5');
    assert.equal(read('12.5'), '12.5');
    assert.equal(read('0,123', POINT), '0.123 NUMBER_MARK_UNUSUAL');
    assert.equal(read('1.2345', COMMA), '1.2345 NUMBER_MARK_UNUSUAL');
    assert.equal(read('.5'), '0.5');
  });

  it('reads thousands separated by ".", ",", a space or an apostrophe, grouped by three', () => {
    assert.equal(read('1.234.567,89', COMMA), '1234567.89');
    assert.equal(read('1,234,567.89'), '1234567.89');
    assert.equal(read('1 234 567,5', COMMA), '1234567.5');
    assert.equal(read('1\u00a0234,5', COMMA), '1234.5');
    assert.equal(read("1'234'567.5"), '1234567.5');
    assert.equal(read('1.234.567', COMMA), '1234567');
    assert.equal(read('1.234.56'), 'NUMBER_INVALID');
    assert.equal(read('12 5'), 'NUMBER_INVALID');
  });

  it("reads an ambiguous 1.234 with the column's mark, flagged when nothing settled it", () => {
    assert.equal(read('1.234', COMMA), '1234');
    assert.equal(read('1.234', POINT), '1.234');
    assert.equal(read('1,234', POINT), '1234');
    assert.equal(read('1.234', { decimalMark: '.', settled: false }), '1.234 NUMBER_AMBIGUOUS');
  });

  it('reads currency symbols and codes in the cell', () => {
    assert.equal(read('S/ 1,234.50'), '1234.5 currency=PEN');
    assert.equal(read('S/. 12'), '12 currency=PEN');
    assert.equal(read('$ 1.500.000', COMMA), '1500000 currency=$');
    assert.equal(read('US$ 12.5'), '12.5 currency=USD');
    assert.equal(read('12.5 USD'), '12.5 currency=USD');
    assert.equal(read('COP 1.500', COMMA), '1500 currency=COP');
    assert.equal(read('Bs 100,50', COMMA), '100.5 currency=BOB');
  });

  it('reads a unit in the cell as a unit of the standard', () => {
    assert.equal(read('12,5 kg', COMMA), '12.5 unit=kg');
    assert.equal(read('850 g'), '850 unit=g');
    assert.equal(read('850 gr'), '850 unit=g');
    assert.equal(read('3 L'), '3 unit=L');
    assert.equal(read('12 zz'), 'NUMBER_INVALID');
  });

  it('reads parentheses for negatives, a leading sign and a per cent sign', () => {
    assert.equal(read('(1,234.5)'), '-1234.5');
    assert.equal(read('(S/ 12)'), '-12 currency=PEN');
    assert.equal(read('-3'), '-3');
    assert.equal(read('+3'), '3');
    assert.equal(read('- 3'), '-3');
    assert.equal(read('-S/ 3'), '-3 currency=PEN');
    assert.equal(read('12,5 %', COMMA), '12.5 percent=true');
    assert.equal(read('(-3)'), 'NUMBER_INVALID');
    assert.equal(read('+-3'), 'NUMBER_INVALID');
  });

  it('fails with a sentence naming the value and what was expected', () => {
    for (const text of ['', '-', 'abc', '1,2,3']) assert.equal(read(text), 'NUMBER_INVALID', text);
    const failed = parseNumber('doce', POINT);
    assert.match(
      failed.ok ? '' : failed.message,
      /^"doce" is not a number: expected digits with a decimal comma or point/,
    );
  });
});

describe('decimal marks decided per column', () => {
  it('tells the mark a value shows, and none when it shows none', () => {
    assert.deepEqual(
      [
        '12,5',
        '1.234,56',
        '1.234.567',
        '12.5',
        '1,234.5',
        '1,234,567',
        '1234',
        '1.234',
        '1 234',
        'texto',
      ].map(decimalMarkShown),
      [',', ',', ',', '.', '.', '.', undefined, undefined, undefined, undefined],
    );
  });

  it("takes the mark most values show, the layout's on a tie or when none shows one", () => {
    assert.deepEqual(decideDecimalMark({ ',': 5, '.': 1 }, '.'), COMMA);
    assert.deepEqual(decideDecimalMark({ ',': 0, '.': 3 }, ','), POINT);
    assert.deepEqual(decideDecimalMark({ ',': 2, '.': 2 }, ','), COMMA);
    assert.deepEqual(decideDecimalMark({ ',': 0, '.': 0 }, ','), COMMA);
    assert.deepEqual(decideDecimalMark({ ',': 0, '.': 0 }, undefined), { decimalMark: '.', settled: false });
  });
});
