import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkIdentifier, VALIDATED_SCHEMES } from './check-identifier.js';
import { IDENTIFIER_RULES } from './rules.js';

describe('checkIdentifier', () => {
  it('dispatches to the scheme validator', () => {
    assert.equal(checkIdentifier('PE', 'RUC', '20131312954').valid, false);
    assert.equal(checkIdentifier('CO', 'NIT', '900123456', '8').valid, true);
    assert.equal(VALIDATED_SCHEMES.length, 8);
  });

  it('tidies identifiers of schemes without rules', () => {
    assert.deepEqual(checkIdentifier('PE', 'PASSPORT', ' ab 12345 '), {
      country: 'PE',
      scheme: 'PASSPORT',
      value: 'AB12345',
      valid: true,
      flags: [],
    });
  });

  it('documents only examples that pass their own rules', () => {
    for (const rule of IDENTIFIER_RULES) {
      const [country = '', scheme = '', ...rest] = rule.example.split(':');
      if (!VALIDATED_SCHEMES.includes(`${country}:${scheme}`)) continue;
      const result = checkIdentifier(country, scheme, rest.join(':'));
      const problems = result.flags.filter((flag) => flag.severity !== 'INFO');
      assert.deepEqual(problems, [], rule.example);
    }
  });
});
