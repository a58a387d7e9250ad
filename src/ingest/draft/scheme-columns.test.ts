import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { isSchemeColumn, numberColumnOf } from './scheme-columns.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

const sample = rows(
  { RUC: '20603124589', TIPO_DOC_SOCIO: 'DNI', NUM_DOC_SOCIO: '41234567', NOMBRE_SOCIO: 'ANA' },
  { RUC: '20131312955', TIPO_DOC_SOCIO: 'CE', NUM_DOC_SOCIO: '001234567', NOMBRE_SOCIO: 'EVA' },
  { RUC: '10412345679', TIPO_DOC_SOCIO: 'PASAPORTE', NUM_DOC_SOCIO: 'AB123456', NOMBRE_SOCIO: 'LUZ' },
);
const header = ['RUC', 'TIPO_DOC_SOCIO', 'NUM_DOC_SOCIO', 'NOMBRE_SOCIO'];

describe('scheme columns', () => {
  it('tells a column of document types from one of numbers or names', () => {
    assert.equal(isSchemeColumn('TIPO_DOC_SOCIO', sample), true);
    assert.equal(isSchemeColumn('NUM_DOC_SOCIO', sample), false);
    assert.equal(isSchemeColumn('NOMBRE_SOCIO', sample), false);
  });

  it('finds the numbers beside a column of types, and none where no numbers share its header', () => {
    assert.equal(numberColumnOf('TIPO_DOC_SOCIO', header, sample), 'NUM_DOC_SOCIO');
    assert.equal(
      numberColumnOf('TIPO_DOC_SOCIO', ['RUC', 'TIPO_DOC_SOCIO', 'NOMBRE_SOCIO'], sample),
      undefined,
    );
  });
});
