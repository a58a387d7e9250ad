import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { documentListRecords } from './document-lists.js';
import type { DraftInput } from './propose-fields.js';

function input(...values: Record<string, string>[]): DraftInput {
  const rows: RawRow[] = values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
  return {
    header: Object.keys(values[0] ?? {}),
    tryRecord: () => ({ failed: 0, records: rows.length }),
    context: {
      layout: 'X',
      country: 'CO',
      conventions: { decimalMark: ',', thousandsMark: '.', dateFormats: ['dd/mm/yyyy'] },
      rows,
    },
  };
}

describe('draft lists of parties', () => {
  it('makes a Party for each party a column lists, whatever its name, and none from other text', () => {
    // Holders as a Colombian title lists them (the CO-TITULOS fixture's, under another name).
    const titles = input(
      { EXP: 'HCV-08081', HOLDERS: 'NIT 900123456-8 MINERA EL ROBLE S.A.S.|CC 71234567 JOSÉ MARÍA PEÑA' },
      { EXP: 'RK4-08271', HOLDERS: 'NIT 901245789-3 AURÍFERA DEL NORDESTE S.A.S.' },
    );
    const [record, ...others] = documentListRecords(titles, new Set(), []);
    assert.deepEqual(others, []);
    assert.deepEqual(record?.each, { column: 'HOLDERS', separator: '|' });
    assert.deepEqual(record?.id.spec, { use: 'document', column: '$item', part: 'id' });
    // Names and addresses are no lists of parties.
    const names = input(
      { NOMBRE: 'MINERA EL ROBLE S.A.S.', DIRECCION: 'CALLE 10 # 43D-25' },
      { NOMBRE: 'JOSÉ MARÍA PEÑA', DIRECCION: 'CARRERA 7 # 12-30' },
    );
    assert.deepEqual(documentListRecords(names, new Set(), []), []);
  });
});
