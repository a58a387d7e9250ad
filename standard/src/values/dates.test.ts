import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excelSerialDay, isoDay, parseDate, TWO_DIGIT_YEAR_PIVOT } from './dates.js';
import { monthByName } from './months.js';

/** The day a text reads as (yyyy-mm-dd) and the codes of its flags, or the failure's code. */
function read(text: string, formats?: readonly string[]): string {
  const parsed = parseDate(text, formats === undefined ? {} : { formats });
  if (!parsed.ok) return parsed.code;
  const flags = parsed.flags.map((flag) => flag.code);
  return [isoDay(parsed.value), ...flags].join(' ');
}

describe('parseDate: one fixture per form', () => {
  it('reads yyyy-mm-dd, with or without leading zeros, and a time after it', () => {
    assert.equal(read('2023-01-06'), '2023-01-06');
    assert.equal(read('2023-1-6'), '2023-01-06');
    assert.equal(read('2023-01-06T14:30:00-05:00'), '2023-01-06');
  });

  it('reads dd/mm/yyyy (also with - or .) in the order the layout declares', () => {
    assert.equal(read('06/01/2023', ['dd/mm/yyyy']), '2023-01-06');
    assert.equal(read('06-01-2023', ['dd/mm/yyyy']), '2023-01-06');
    assert.equal(read('06.01.2023', ['dd/mm/yyyy']), '2023-01-06');
    assert.equal(read('01/06/2023', ['mm/dd/yyyy']), '2023-01-06');
  });

  it('reads d/m/yy with the stated pivot', () => {
    assert.equal(TWO_DIGIT_YEAR_PIVOT, 50);
    assert.equal(read('6/1/23', ['dd/mm/yyyy']), '2023-01-06');
    assert.equal(read('6/1/49', ['dd/mm/yyyy']), '2049-01-06');
    assert.equal(read('6/1/50', ['dd/mm/yyyy']), '1950-01-06');
    assert.equal(read('6/1/99', ['dd/mm/yyyy']), '1999-01-06');
  });

  it('reads dd-MMM-yyyy with Spanish and English names and abbreviations, case and accents aside', () => {
    const spanish = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
    const english = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    for (const names of [spanish, english]) {
      names.forEach((name, index) => {
        const month = String(index + 1).padStart(2, '0');
        assert.equal(read(`06-${name}-2023`), `2023-${month}-06`, name);
        assert.equal(read(`06-${name.toUpperCase()}-2023`), `2023-${month}-06`, name);
      });
    }
    assert.equal(read('6-SET-2023'), '2023-09-06');
    assert.equal(read('6 setiembre 2023'), '2023-09-06');
    assert.equal(read('06-Sept-23'), '2023-09-06');
    assert.equal(read('6 de febrero de 2023'), '2023-02-06');
    assert.equal(read('6-Dic.-2023'), '2023-12-06');
    assert.equal(read('15/Aug/2023'), '2023-08-15');
    assert.equal(read('06-FÉB-2023'), '2023-02-06');
  });

  it('does not take a word for a month unless it names exactly one', () => {
    assert.equal(monthByName('ju'), undefined);
    assert.equal(monthByName('ENERO'), 1);
    assert.equal(monthByName('Marzo'), 3);
    assert.equal(read('06-foo-2023'), 'DATE_INVALID');
  });

  it('reads yyyymmdd', () => {
    assert.equal(read('20230106'), '2023-01-06');
    assert.equal(read('20230106', ['yyyymmdd']), '2023-01-06');
  });

  it('reads Excel serial numbers in the 1900 date system, with its 29 February 1900', () => {
    assert.equal(read('44932'), '2023-01-06');
    assert.deepEqual(excelSerialDay(1), { year: 1900, month: 1, day: 1 });
    assert.deepEqual(excelSerialDay(59), { year: 1900, month: 2, day: 28 });
    assert.equal(excelSerialDay(60), undefined, 'the day Excel counts that never was');
    assert.deepEqual(excelSerialDay(61), { year: 1900, month: 3, day: 1 });
    assert.deepEqual(excelSerialDay(44932.75), { year: 2023, month: 1, day: 6 });
    assert.equal(excelSerialDay(0), undefined);
  });

  it("keeps the layout's formats first: they settle day and month, and an impossible day fails", () => {
    assert.equal(read('05/06/2023', ['dd/mm/yyyy']), '2023-06-05');
    assert.equal(read('05/06/2023', ['mm/dd/yyyy']), '2023-05-06');
    assert.equal(read('05/06/23', ['dd/mm/yyyy']), '2023-06-05');
    assert.equal(read('05/13/2023', ['dd/mm/yyyy']), 'DATE_INVALID');
    assert.equal(read('1915-13-45', ['yyyy-mm-dd']), 'DATE_INVALID');
    assert.equal(read('31/02/2024', ['dd/mm/yyyy']), 'DATE_INVALID');
  });

  it('flags day and month it cannot tell apart when the layout says nothing, never the evident ones', () => {
    assert.equal(read('05/06/2023'), '2023-06-05 DATE_AMBIGUOUS');
    assert.equal(read('05/06/2023', ['yyyy-mm-dd']), '2023-06-05 DATE_AMBIGUOUS');
    assert.equal(read('13/06/2023'), '2023-06-13');
    assert.equal(read('06/13/2023'), '2023-06-13');
    assert.equal(read('06/06/2023'), '2023-06-06');
  });

  it('fails with a sentence naming the value and the forms expected', () => {
    const parsed = parseDate('mañana', { formats: ['dd/mm/yyyy'] });
    assert.deepEqual(parsed, {
      ok: false,
      code: 'DATE_INVALID',
      message:
        '"mañana" is not a date: expected dd/mm/yyyy (the layout\'s formats), or yyyy-mm-dd, dd/mm/yyyy, d/m/yy, dd-MMM-yyyy, yyyymmdd or an Excel serial number.',
    });
    const impossible = parseDate('1915-13-45');
    assert.equal(
      impossible.ok ? '' : impossible.message,
      '"1915-13-45" is not a real date: there is no day 45 in month 13 of 1915.',
    );
    assert.equal(read('2023'), 'DATE_INVALID', 'a year alone is no date, nor an Excel serial');
  });
});
