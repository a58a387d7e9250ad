import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPeRuc, dniOfPersonRuc, peRucCheckDigit } from './pe-ruc.js';

const codes = (raw: string): string[] => checkPeRuc(raw).flags.map((flag) => flag.code);

describe('Peru RUC', () => {
  it('accepts known valid RUCs', () => {
    // SUNAT 20131312955: 2*5+0*4+1*3+3*2+1*7+3*6+1*5+2*4+9*3+5*2 = 94; 94 mod 11 = 6; 11-6 = 5.
    assert.deepEqual(checkPeRuc('20131312955'), {
      country: 'PE',
      scheme: 'RUC',
      value: '20131312955',
      valid: true,
      flags: [],
      holderKind: 'ORGANISATION',
    });
    // BCP 20100047218: 10+0+3+0+0+0+20+28+6+2 = 69; 69 mod 11 = 3; 11-3 = 8.
    assert.equal(checkPeRuc('20100047218').valid, true);
    // Person 10412345679: 5+0+12+2+14+18+20+20+18+14 = 123; 123 mod 11 = 2; 11-2 = 9.
    assert.equal(checkPeRuc('10412345679').holderKind, 'PERSON');
    assert.equal(checkPeRuc('10412345679').valid, true);
  });

  it('maps the remainders 10 and 11 to check digits 0 and 1', () => {
    // 2000000001: 2*5 + 1*2 = 12; 12 mod 11 = 1; 11-1 = 10 -> 0.
    assert.equal(peRucCheckDigit('2000000001'), 0);
    // 2000000006: 2*5 + 6*2 = 22; 22 mod 11 = 0; 11-0 = 11 -> 1.
    assert.equal(peRucCheckDigit('2000000006'), 1);
    assert.equal(checkPeRuc('20000000010').valid, true);
    assert.equal(checkPeRuc('20000000061').valid, true);
  });

  it('normalises separators and flags, never rejects, invalid RUCs', () => {
    assert.equal(checkPeRuc(' 20131312955 ').value, '20131312955');
    assert.equal(checkPeRuc('20.131.312-955').value, '20131312955');
    assert.deepEqual(codes('20131312954'), ['RUC_CHECK_DIGIT']);
    assert.equal(checkPeRuc('20131312954').valid, false);
    assert.equal(checkPeRuc('20131312954').value, '20131312954');
    assert.deepEqual(codes('2013131295'), ['RUC_LENGTH']);
    assert.ok(codes('2013131295A').includes('RUC_NOT_NUMERIC'));
  });

  it('warns about prefixes SUNAT does not issue', () => {
    // 3013131295x: 15+0+3+6+7+18+5+8+27+10 = 99; 99 mod 11 = 0 -> 1.
    const result = checkPeRuc('30131312951');
    assert.deepEqual(
      result.flags.map((flag) => [flag.code, flag.severity]),
      [['RUC_PREFIX', 'WARNING']],
    );
    assert.equal(result.valid, true);
  });

  it('finds the DNI inside a natural person RUC', () => {
    assert.equal(dniOfPersonRuc('10412345679'), '41234567');
    assert.equal(dniOfPersonRuc('20131312955'), undefined);
  });
});
