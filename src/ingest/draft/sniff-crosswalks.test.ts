import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { sniffCrosswalks } from './sniff-crosswalks.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

describe('the crosswalk each column of a new file is read through', () => {
  const sample = rows(
    { ESTADO: 'VIGENTE', SUSTANCIA: 'METÁLICA', CANTIDAD: '12' },
    { ESTADO: 'SUSPENDIDO', SUSTANCIA: 'NO METÁLICA', CANTIDAD: '7' },
    { ESTADO: 'VIGENTE', SUSTANCIA: 'METALICA', CANTIDAD: '3' },
  );

  it("names the crosswalk whose terms a column's values are, and none for other columns", () => {
    const found = sniffCrosswalks(['ESTADO', 'SUSTANCIA', 'CANTIDAD'], sample, ['MiningRight']);
    assert.equal(found.SUSTANCIA, 'substance');
    assert.equal(found.CANTIDAD, undefined);
  });

  it('takes, among crosswalks whose terms the values all are, the one whose codes the record type takes', () => {
    // VIGENTE and SUSPENDIDO are a mining right's status and a register entry's alike.
    assert.equal(sniffCrosswalks(['ESTADO'], sample, ['MiningRight']).ESTADO, 'mining-right-status');
    assert.equal(sniffCrosswalks(['ESTADO'], sample, ['Registration']).ESTADO, 'registration-status');
  });
});
