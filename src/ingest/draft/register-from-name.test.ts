import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DraftRecord } from './draft-record.js';
import type { SpecParams } from './precedents.js';
import type { DraftField } from './propose-fields.js';
import { withNamedRegister } from './register-from-name.js';

function field(path: string, spec: SpecParams): DraftField {
  return { path, spec, from: ['X'], doubt: undefined };
}

// A registration followed from a company register: its matrícula came to rest on a date column.
const registration: DraftRecord = {
  type: 'Registration',
  id: field('id', { use: 'template', template: 'PE:X:{NUM}' }),
  fields: [
    field('party', { use: 'identifier', column: 'NUM', scheme: 'RUC', required: true }),
    field('registrationNumber', { use: 'text', column: 'FECHA_ALTA' }),
    field('register', { use: 'const', value: 'COMPANY_REGISTER' }),
  ],
};

function specOf(record: DraftRecord | undefined, path: string): DraftField['spec'] | undefined {
  return record?.fields.find((one) => one.path === path)?.spec;
}

describe('register from the file name', () => {
  it("numbers a tax register's entries by the taxpayer's number", () => {
    const [named] = withNamedRegister([registration], 'padron_ruc_2024.csv');
    assert.deepEqual(specOf(named, 'register'), { use: 'const', value: 'TAX_REGISTER' });
    assert.deepEqual(specOf(named, 'registrationNumber'), { use: 'text', column: 'NUM' });
  });

  it("keeps a company register's own number, and leaves a file its name says nothing of", () => {
    const [company] = withNamedRegister([registration], 'seprec_matriculas.csv');
    assert.deepEqual(specOf(company, 'register'), { use: 'const', value: 'COMPANY_REGISTER' });
    assert.deepEqual(specOf(company, 'registrationNumber'), { use: 'text', column: 'FECHA_ALTA' });
    assert.deepEqual(withNamedRegister([registration], 'export.csv'), [registration]);
  });
});
