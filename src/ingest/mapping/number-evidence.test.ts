import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { numberMarks } from './number-evidence.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

describe('numberMarks', () => {
  it("decides each column's mark from what most of its values show, the layout's on a tie", () => {
    const marks = numberMarks(
      rows(
        { KG: '12,5', USD: '1,234.50', N: '7', TIE: '1,5' },
        { KG: '1.250,75', USD: '1.234', N: '12', TIE: '1.5' },
        { KG: '3.5', USD: '99.9', N: '1.234', TIE: '' },
      ),
      '.',
    );
    assert.deepEqual(marks, {
      KG: { decimalMark: ',', settled: true },
      USD: { decimalMark: '.', settled: true },
      TIE: { decimalMark: '.', settled: true },
    });
  });

  it('lists no column whose values show no mark, and reads no rejected row', () => {
    const rejected: RawRow = {
      rowNumber: 9,
      values: { KG: '12,5' },
      problems: [{ column: null, code: 'ROW_SHORT', message: '' }],
    };
    assert.deepEqual(numberMarks([...rows({ KG: '1.234' }, { KG: '12' }), rejected], ','), {});
  });
});
