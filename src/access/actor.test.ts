import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { can, ROLES, seesCountry } from './actor.js';
import { countryCondition, countriesCondition } from '../store/scope/scope-sql.js';

void describe('roles and scope', () => {
  it('grants changes only to the roles that make them', () => {
    assert.deepEqual(
      ROLES.filter((role) => can({ role }, 'triage')),
      ['analyst', 'supervisor', 'admin'],
    );
    assert.deepEqual(
      ROLES.filter((role) => can({ role }, 'read-audit')),
      ['admin', 'auditor'],
    );
    assert.equal(can({ role: 'auditor' }, 'read'), false);
  });

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
