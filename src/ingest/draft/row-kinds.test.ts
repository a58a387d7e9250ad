import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { exportedTariff } from './metal-tariff.js';
import { rowKinds } from './row-kinds.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

describe('kinds of rows in one file', () => {
  it('splits exports from internal purchases by a column of trade-flow terms, the given type first', () => {
    const sample = rows(
      { N: '1', TIPO: 'EXPORTACION' },
      { N: '2', TIPO: 'COMPRA_INTERNA' },
      { N: '3', TIPO: 'EXPORTACION' },
      { N: '4', TIPO: 'COMPRA_INTERNA' },
    );
    const kinds = rowKinds('MineralTransaction', ['N', 'TIPO'], sample) ?? [];
    assert.deepEqual(
      kinds.map((kind) => [kind.type, kind.when, kind.rows.map((row) => row.values.N)]),
      [
        ['MineralTransaction', ['TIPO=COMPRA_INTERNA'], ['2', '4']],
        ['CustomsDeclaration', ['TIPO=EXPORTACION'], ['1', '3']],
      ],
    );
  });

  it('leaves a file of one kind of row, or of kinds the record type is not among, whole', () => {
    const exports = rows({ TIPO: 'EXPORTACION' }, { TIPO: 'X' }, { TIPO: 'EXPORTACION' });
    assert.equal(rowKinds('CustomsDeclaration', ['TIPO'], exports), undefined);
    const mixed = rows({ TIPO: 'EXPORTACION' }, { TIPO: 'COMPRA_INTERNA' });
    assert.equal(rowKinds('MiningRight', ['TIPO'], mixed), undefined);
  });

  it("takes a metal's export tariff line: gold unwrought, other metals as concentrates, mercury none", () => {
    assert.equal(exportedTariff('AU'), '710812');
    assert.equal(exportedTariff('SN'), '260900');
    assert.equal(exportedTariff('HG'), undefined);
  });
});
