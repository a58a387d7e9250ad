import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import type { Precedent } from './precedents.js';
import type { DraftInput } from './propose-fields.js';
import { proposeSameShape } from './propose-same-shape.js';

function input(...values: Record<string, string>[]): DraftInput {
  const rows: RawRow[] = values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
  return {
    header: Object.keys(values[0] ?? {}),
    tryRecord: () => ({ failed: 0, records: 0 }),
    context: {
      layout: 'NEW',
      country: 'CO',
      conventions: { decimalMark: ',', thousandsMark: '.', dateFormats: ['dd/mm/yyyy'] },
      rows,
    },
  };
}

// A royalty declaration placing its area by municipality, as CO-REGALIAS does.
const DECLARATIONS: Precedent = {
  layout: 'ROYALTIES',
  country: 'CO',
  primary: true,
  mapping: {
    type: 'ProductionDeclaration',
    id: { use: 'text', column: 'CODIGO' },
    fields: { 'adminArea.subregion': { use: 'text', column: 'MUNICIPIO' } },
  },
};

describe("an object's parts learnt from another property of the same shape", () => {
  it("reads a municipality of origin as a purchase's origin area, as a declaration's municipality", () => {
    const fields = proposeSameShape(
      'MineralTransaction',
      [DECLARATIONS],
      input({ MUNICIPIO_ORIGEN: 'SEGOVIA', NOMBRE: 'ANA' }, { MUNICIPIO_ORIGEN: 'QUIBDÓ', NOMBRE: 'EVA' }),
      [],
    );
    assert.deepEqual(
      fields.map((field) => [field.path, field.spec]),
      [['originArea.subregion', { use: 'text', column: 'MUNICIPIO_ORIGEN' }]],
    );
  });

  it('leaves a plain municipality alone: it does not say it is the origin', () => {
    const plain = input({ MUNICIPIO: 'SEGOVIA' }, { MUNICIPIO: 'QUIBDÓ' });
    assert.deepEqual(proposeSameShape('MineralTransaction', [DECLARATIONS], plain, []), []);
    // A municipality of destination is not the origin either.
    const destination = input({ MUNICIPIO_DESTINO: 'SEGOVIA' }, { MUNICIPIO_DESTINO: 'QUIBDÓ' });
    assert.deepEqual(proposeSameShape('MineralTransaction', [DECLARATIONS], destination, []), []);
  });
});
