import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPeDni } from './pe-dni.js';

describe('Peru DNI', () => {
  it('accepts 8 digits', () => {
    assert.deepEqual(checkPeDni('41234567'), {
      country: 'PE',
      scheme: 'DNI',
      value: '41234567',
      valid: true,
      flags: [],
      holderKind: 'PERSON',
    });
  });

  it('restores leading zeros a spreadsheet dropped, with an INFO flag', () => {
    const result = checkPeDni('1234567');
    assert.equal(result.value, '01234567');
    assert.equal(result.valid, true);
    assert.deepEqual(
      result.flags.map((flag) => flag.code),
      ['DNI_ZERO_PADDED'],
    );
  });

  it('flags wrong lengths and letters', () => {
    assert.equal(checkPeDni('123').valid, false);
    assert.deepEqual(
      checkPeDni('123456789').flags.map((flag) => flag.code),
      ['DNI_LENGTH'],
    );
    assert.ok(checkPeDni('4123456A').flags.some((flag) => flag.code === 'DNI_NOT_NUMERIC'));
  });
});
