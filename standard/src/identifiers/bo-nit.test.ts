import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBoNit } from './bo-nit.js';

describe('Bolivia NIT', () => {
  it('accepts 7 to 12 digits, with no check digit to verify', () => {
    assert.deepEqual(checkBoNit('1020304050'), {
      country: 'BO',
      scheme: 'NIT',
      value: '1020304050',
      valid: true,
      flags: [],
    });
    assert.equal(checkBoNit('1234567').valid, true);
    assert.equal(checkBoNit('123456789012').valid, true);
  });

  it('flags lengths outside 7-12', () => {
    assert.deepEqual(
      checkBoNit('123456').flags.map((flag) => flag.code),
      ['NIT_LENGTH'],
    );
    assert.equal(checkBoNit('1234567890123').valid, false);
  });
});
