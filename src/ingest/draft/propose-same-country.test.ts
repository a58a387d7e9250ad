import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import type { Precedent } from './precedents.js';
import type { DraftInput } from './propose-fields.js';
import { proposeSameCountry } from './propose-same-country.js';

function input(country: string, ...values: Record<string, string>[]): DraftInput {
  const rows: RawRow[] = values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
  return {
    header: Object.keys(values[0] ?? {}),
    tryRecord: () => ({ failed: 0, records: 0 }),
    context: {
      layout: 'NEW',
      country,
      conventions: { decimalMark: '.', thousandsMark: '', dateFormats: ['dd/mm/yyyy'] },
      rows,
    },
  };
}

// An Ecuadorian cadastre placing its rights by province, Ecuador's first division.
const CADASTRE: Precedent = {
  layout: 'CADASTRE',
  country: 'EC',
  primary: true,
  mapping: {
    type: 'MiningRight',
    id: { use: 'text', column: 'CODIGO' },
    fields: { 'adminArea.region': { use: 'text', column: 'PROVINCIA' } },
  },
};

const companies = [
  { PROVINCIA: 'GUAYAS', NOMBRE: 'ANA' },
  { PROVINCIA: 'AZUAY', NOMBRE: 'EVA' },
];

describe("an area's parts read as the same country's layouts read them", () => {
  it("reads an Ecuadorian register's province as its entries' region, as the country's cadastre does", () => {
    const fields = proposeSameCountry('Registration', [CADASTRE], input('EC', ...companies), []);
    assert.deepEqual(
      fields.map((field) => [field.path, field.spec]),
      [['adminArea.region', { use: 'text', column: 'PROVINCIA' }]],
    );
  });

  it("leaves another country's province alone, and a part the record already reads", () => {
    // A Peruvian or Bolivian province is the second division, not the region.
    assert.deepEqual(proposeSameCountry('Registration', [CADASTRE], input('PE', ...companies), []), []);
    const region = {
      path: 'adminArea.region',
      spec: { use: 'text', column: 'NOMBRE' },
      from: [],
      doubt: undefined,
    };
    assert.deepEqual(proposeSameCountry('Registration', [CADASTRE], input('EC', ...companies), [region]), []);
  });
});
