import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { RawRow } from '../readers/raw-row.js';
import { adaptSpec } from './adapt-spec.js';
import { IDENTIFIER_RULES } from '@veta/standard';
import { countriesOfScheme, nationalScheme } from './national-schemes.js';

function rows(...values: Record<string, string>[]): RawRow[] {
  return values.map((row, index) => ({ rowNumber: index + 2, values: row, problems: [] }));
}

describe('national schemes', () => {
  it('are the documents the standard documents for each country', () => {
    for (const scheme of ['DNI', 'RUC', 'CC', 'NIT', 'CI'])
      assert.deepEqual(
        countriesOfScheme(scheme).sort(),
        IDENTIFIER_RULES.filter((rule) => rule.scheme === scheme)
          .map((rule) => rule.country)
          .sort(),
        scheme,
      );
  });

  it("names another country's identity card or tax number as the file's country does", () => {
    assert.equal(nationalScheme('CI', 'CO'), 'CC');
    assert.equal(nationalScheme('CC', 'PE'), 'DNI');
    assert.equal(nationalScheme('NIT', 'EC'), 'RUC');
    assert.equal(nationalScheme('RUC', 'BO'), 'NIT');
  });

  it("keeps the country's own schemes, schemes of no country, and any scheme of a file of no country", () => {
    assert.equal(nationalScheme('CI', 'BO'), 'CI');
    assert.equal(nationalScheme('NIT', 'CO'), 'NIT');
    assert.equal(nationalScheme('PASSPORT', 'CO'), 'PASSPORT');
    assert.equal(nationalScheme('CI', undefined), 'CI');
  });

  it('fits a followed scheme the column does not name, and leaves one its header names', () => {
    const numbers = rows({ DOC: '1037612345' }, { DOC: '98765432' });
    const spec = { use: 'identifier', column: 'X', scheme: 'CI' };
    assert.deepEqual(adaptSpec(spec, 'DOC', { rows: numbers, country: 'CO' }), { ...spec, scheme: 'CC' });
    const named = rows({ CI_DOC: '1037612345' });
    assert.deepEqual(adaptSpec(spec, 'CI_DOC', { rows: named, country: 'CO' }), spec);
  });
});
