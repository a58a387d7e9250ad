import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Scope } from '../store/scope/scope.js';
import { auditCountries, countriesConcerned, countriesOfUser, readableBy } from './audit-countries.js';

const peru: Scope = { countries: ['PE'], agency: null };
const andean: Scope = { countries: ['PE', 'CO'], agency: null };
const regional: Scope = { countries: 'ALL', agency: null };

describe('the countries an audit entry concerns', () => {
  it('are stored sorted, once each, without blanks', () => {
    assert.deepEqual(auditCountries(['PE', null, 'CO', 'PE', undefined, '']), ['CO', 'PE']);
  });

  it('are the countries of the subject the actor could reach', () => {
    // A cross-border entity read by a Peruvian analyst concerns Peru only: that is all they saw.
    assert.deepEqual(countriesConcerned(peru, ['CO', 'PE']), ['PE']);
    assert.deepEqual(countriesConcerned(andean, ['CO', 'PE', 'EC']), ['CO', 'PE']);
    assert.deepEqual(countriesConcerned(regional, ['CO', 'PE']), ['CO', 'PE']);
  });

  it("are the actor's own when the subject is out of reach or unknown", () => {
    assert.deepEqual(countriesConcerned(peru, ['CO']), ['PE']);
    assert.deepEqual(countriesConcerned(peru, [null]), ['PE']);
    // A regional user's look at nothing in particular concerns no one country.
    assert.deepEqual(countriesConcerned(regional, [null]), []);
  });

  it("are a user's countries for entries about the user, none for a regional user", () => {
    assert.deepEqual(countriesOfUser({ countries: ['PE', 'BO'] }), ['BO', 'PE']);
    assert.deepEqual(countriesOfUser({ countries: null }), []);
  });

  it('decide who reads the entry: anyone sharing a country, regional readers everything', () => {
    assert.equal(readableBy(peru, ['CO', 'PE']), true);
    assert.equal(readableBy(peru, ['CO']), false);
    assert.equal(readableBy(peru, []), false, 'an entry about no one country is regional');
    assert.equal(readableBy(peru, null), false, 'an entry from before countries were recorded is regional');
    assert.equal(readableBy(regional, null), true);
  });
});
