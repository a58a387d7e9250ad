import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCoCc } from './co-cc.js';

describe('Colombia CC', () => {
  it('accepts 3 to 10 digits, dots removed', () => {
    assert.equal(checkCoCc('1.017.123.456').value, '1017123456');
    assert.equal(checkCoCc('1017123456').valid, true);
    assert.equal(checkCoCc('71234').valid, true);
  });

  it('flags impossible lengths', () => {
    assert.deepEqual(
      checkCoCc('12').flags.map((flag) => flag.code),
      ['CC_LENGTH'],
    );
    assert.equal(checkCoCc('12345678901').valid, false);
  });
});
