import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { en, es, evidenceFrom, periodLabel } from './explain.js';

describe('explain', () => {
  it('writes numbers the Spanish and the English way', () => {
    assert.equal(es(12345.67), '12.345,7');
    assert.equal(en(12345.67), '12,345.7');
    assert.equal(es(40.5, 0), '41');
  });

  it('names a year, a month, or else the two days of a period', () => {
    assert.equal(periodLabel({ start: '2024-01-01', end: '2024-12-31' }), '2024');
    assert.equal(periodLabel({ start: '2024-02-01', end: '2024-02-29' }), '2024-02');
    assert.equal(periodLabel({ start: '2023-02-01', end: '2023-02-28' }), '2023-02');
    assert.equal(periodLabel({ start: '2024-02-01', end: '2024-02-28' }), '2024-02-01/2024-02-28');
    assert.equal(periodLabel({ start: '2023-10-01', end: '2024-04-30' }), '2023-10-01/2024-04-30');
  });

  it('keeps where each evidence record comes from apart from its figures', () => {
    assert.deepEqual(
      evidenceFrom('mineral_transaction', 'sale', [
        { id: 'X', layout: 'L', file: 'f.csv', row: 7, grams: 3 },
      ]),
      [
        {
          table: 'mineral_transaction',
          layout: 'L',
          id: 'X',
          file: 'f.csv',
          row: 7,
          role: 'sale',
          values: { grams: 3 },
        },
      ],
    );
  });
});
