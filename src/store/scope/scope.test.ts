import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seesCountry } from './scope.js';
import { countryCondition, countriesCondition } from './scope-sql.js';

void describe('scope', () => {
  it('keeps a national user to their countries and country-less data to regional users', () => {
    const peru = { countries: ['PE'], agency: null };
    const region = { countries: 'ALL' as const, agency: null };
    assert.equal(seesCountry(peru, 'PE'), true);
    assert.equal(seesCountry(peru, 'CO'), false);
    assert.equal(seesCountry(peru, null), false);
    assert.equal(seesCountry(region, null), true);
  });

  it('builds conditions that append their values to the parameters', () => {
    const params: unknown[] = ['x'];
    const sql = countryCondition({ countries: ['PE', 'BO'], agency: null }, 'a.country', params);
    assert.equal(sql, 'a.country = ANY($2::text[])');
    assert.deepEqual(params, ['x', ['PE', 'BO']]);
    assert.equal(countriesCondition({ countries: 'ALL', agency: null }, 'c', params), 'TRUE');
    assert.equal(params.length, 2);
  });
});
