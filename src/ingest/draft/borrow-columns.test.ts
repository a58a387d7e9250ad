import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { borrowColumns } from './borrow-columns.js';
import type { Precedent, SpecParams } from './precedents.js';
import type { SampleContext } from './try-field.js';

function input(
  country: string,
  header: string[],
  ...values: Record<string, string>[]
): { header: string[]; context: SampleContext } {
  const rows: RawRow[] = values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
  return {
    header,
    context: {
      layout: 'NEW',
      country,
      conventions: { decimalMark: '.', thousandsMark: '', dateFormats: ['dd/mm/yyyy'] },
      rows,
    },
  };
}

const interest: SpecParams = {
  use: 'interest',
  beneficial: true,
  shareColumn: 'PORCENTAJE',
  viaColumn: 'NIT_INTERMEDIARIO',
  viaScheme: 'NIT',
};

// A Colombian register of beneficial owners naming the company each interest is held through.
const OWNERS: Precedent = {
  layout: 'OWNERS',
  country: 'CO',
  primary: true,
  mapping: {
    type: 'Relationship',
    id: { use: 'text', column: 'ID' },
    fields: {
      'interests[]': interest,
    },
  },
};

const spec: SpecParams = { use: 'interest', beneficial: true, shareColumn: 'PORCENTAJE' };

describe('columns borrowed from another layout', () => {
  it("fits a borrowed scheme to the file's column: an Ecuadorian RUC_INTERMEDIARIO holds RUCs", () => {
    const header = ['PORCENTAJE', 'RUC_INTERMEDIARIO'];
    const ecuador = input('EC', header, { PORCENTAJE: '60', RUC_INTERMEDIARIO: '0791234565001' });
    const borrowed = borrowColumns(spec, 'interests[]', 'Relationship', [OWNERS], ecuador);
    assert.deepEqual(borrowed, { ...spec, viaColumn: 'RUC_INTERMEDIARIO', viaScheme: 'RUC' });
  });

  it("keeps the scheme where the file's column names the precedent's", () => {
    const header = ['PORCENTAJE', 'NIT_INTERMEDIARIO'];
    const colombia = input('CO', header, { PORCENTAJE: '60', NIT_INTERMEDIARIO: '900123456' });
    const borrowed = borrowColumns(spec, 'interests[]', 'Relationship', [OWNERS], colombia);
    assert.deepEqual(borrowed, { ...spec, viaColumn: 'NIT_INTERMEDIARIO', viaScheme: 'NIT' });
  });
});
