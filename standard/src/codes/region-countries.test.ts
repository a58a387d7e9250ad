import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listCountries } from './countries.js';
import { REGION_COUNTRIES } from './region-countries.js';

describe('region countries', () => {
  it('are each in the countries code list', () => {
    const known = new Set(listCountries().map((country) => country.alpha2));
    assert.deepEqual(
      REGION_COUNTRIES.filter((code) => !known.has(code)),
      [],
    );
  });
});
