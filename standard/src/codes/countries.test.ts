import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryByImfCode, listCountries, resolveCountry } from './countries.js';

describe('countries', () => {
  it('resolves Spanish names as written in national files, ignoring accents and case', () => {
    assert.equal(resolveCountry('SUIZA')?.alpha2, 'CH');
    assert.equal(resolveCountry('EMIRATOS ARABES UNIDOS')?.alpha2, 'AE');
    assert.equal(resolveCountry('ESTADOS UNIDOS')?.alpha2, 'US');
    assert.equal(resolveCountry('panama')?.alpha2, 'PA');
    assert.equal(resolveCountry('Perú')?.alpha3, 'PER');
    assert.equal(resolveCountry('CHE')?.nameEs, 'Suiza');
    assert.equal(resolveCountry('Narnia'), undefined);
  });

  it('carries the IMF codes of the Andean countries', () => {
    assert.equal(countryByImfCode('293')?.alpha2, 'PE');
    assert.equal(countryByImfCode('233')?.alpha2, 'CO');
    assert.equal(countryByImfCode('248')?.alpha2, 'EC');
    assert.equal(countryByImfCode('218')?.alpha2, 'BO');
  });

  it('covers the main trade partners with unique codes', () => {
    const codes = listCountries().map((country) => country.alpha2);
    for (const code of ['CH', 'AE', 'IN', 'US', 'IT', 'CA', 'CN', 'PA', 'GB', 'DE'])
      assert.ok(codes.includes(code), code);
    assert.equal(new Set(codes).size, codes.length);
    const imf = listCountries().map((country) => country.imf);
    assert.equal(new Set(imf).size, imf.length);
  });
});
