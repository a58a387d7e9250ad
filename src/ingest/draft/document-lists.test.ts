import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import type { DraftRecord } from './draft-record.js';
import type { SpecParams } from './precedents.js';
import { documentListRecords, withListedReferences } from './document-lists.js';
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

  it("reads the primary's references from a column of listed parties as the list, and others as they are", () => {
    const field = (path: string, column: string) => ({
      path,
      spec: { use: 'identifier', column, scheme: 'RUC', required: true },
      from: [],
      doubt: undefined,
    });
    const right: DraftRecord = {
      type: 'MiningRight',
      id: field('id', 'EXP'),
      fields: [field('holders[]', 'HOLDERS'), field('operators[]', 'RUC')],
    };
    const document: SpecParams = { use: 'document', column: '$item', part: 'id' };
    const parties: DraftRecord = {
      type: 'Party',
      id: { path: 'id', spec: document, from: [], doubt: undefined },
      each: { column: 'HOLDERS', separator: '|' },
      fields: [],
    };
    const [holders, operators] = withListedReferences(right, [parties]).fields;
    assert.equal(holders?.path, 'holders');
    assert.deepEqual(holders?.spec, {
      use: 'document-list',
      column: 'HOLDERS',
      separator: '|',
      required: true,
    });
    assert.deepEqual(operators, right.fields[1]);
    assert.deepEqual(withListedReferences(right, []), right);
  });
});
