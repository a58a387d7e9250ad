import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DraftRecord } from './draft-record.js';
import type { SpecParams } from './precedents.js';
import { withRegisterClass } from './register-class.js';

function field(path: string, spec: SpecParams) {
  return { path, spec, from: [], doubt: '' };
}

const registration: DraftRecord = {
  type: 'Registration',
  id: field('id', { use: 'template', template: 'X:{DOC}' }),
  fields: [field('party', { use: 'identifier', column: 'DOC', scheme: 'RUC' })],
};
const party = (column: string): DraftRecord => ({
  type: 'Party',
  id: field('id', { use: 'identifier', column, scheme: 'RUC' }),
  fields: [field('roles[]', { use: 'const', value: 'EXPORTER' })],
});
const specOf = (record: DraftRecord | undefined, path: string) =>
  record?.fields.find((entry) => entry.path === path)?.spec;

describe("a register's sole class", () => {
  it("gives a register of one class's entries their class, and the registered party its role", () => {
    const [entry, registered, representative] = withRegisterClass(
      [registration, party('DOC'), party('DOC_REPRESENTANTE')],
      'REINFO',
    );
    assert.deepEqual(specOf(entry, 'class.code'), { use: 'const', value: 'MINER_IN_FORMALISATION' });
    assert.deepEqual(specOf(registered, 'roles[]'), { use: 'const', value: 'MINER' });
    assert.deepEqual(specOf(representative, 'roles[]'), { use: 'const', value: 'EXPORTER' });
  });

  it('says nothing of the class of entries in a register of several classes', () => {
    const records = [registration, party('DOC')];
    assert.deepEqual(withRegisterClass(records, 'RUCOM'), records);
    assert.deepEqual(withRegisterClass(records, 'TAX_REGISTER'), records);
  });
});
