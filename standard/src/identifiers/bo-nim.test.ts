import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBoNim } from './bo-nim.js';

describe('Bolivia NIM', () => {
  it('accepts NN-NNNN-NN', () => {
    assert.deepEqual(checkBoNim(' 01-2345-01 '), {
      country: 'BO',
      scheme: 'NIM',
      value: '01-2345-01',
      valid: true,
      flags: [],
    });
  });

  it('restores hyphens to eight bare digits', () => {
    const result = checkBoNim('01234501');
    assert.equal(result.value, '01-2345-01');
    assert.deepEqual(
      result.flags.map((flag) => flag.code),
      ['NIM_REFORMATTED'],
    );
  });

  it('warns about other shapes but keeps them, and rejects nothing', () => {
    const result = checkBoNim('nim-77');
    assert.equal(result.value, 'NIM-77');
    assert.equal(result.valid, true);
    assert.deepEqual(
      result.flags.map((flag) => [flag.code, flag.severity]),
      [['NIM_FORMAT', 'WARNING']],
    );
    assert.equal(checkBoNim('').valid, false);
  });
});
