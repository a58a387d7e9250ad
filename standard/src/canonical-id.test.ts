import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCanonicalId, buildGlobalId, parseCanonicalId, type CanonicalIdResult } from './canonical-id.js';

function idOf(result: CanonicalIdResult): string {
  assert.ok(result.ok, JSON.stringify(result));
  return result.id;
}

describe('canonical identifiers', () => {
  it('builds the forms the standard specifies', () => {
    assert.equal(idOf(buildCanonicalId('PE', 'RUC', ' 20131312955 ')), 'PE:RUC:20131312955');
    assert.equal(idOf(buildCanonicalId('pe', 'dni', '41234567')), 'PE:DNI:41234567');
    assert.equal(idOf(buildCanonicalId('CO', 'NIT', '900.123.456-8')), 'CO:NIT:900123456');
    assert.equal(idOf(buildCanonicalId('CO', 'CC', '1.017.123.456')), 'CO:CC:1017123456');
    assert.equal(idOf(buildCanonicalId('EC', 'RUC', '1790012345001')), 'EC:RUC:1790012345001');
    assert.equal(idOf(buildCanonicalId('BO', 'NIT', '1020304050')), 'BO:NIT:1020304050');
    assert.equal(idOf(buildCanonicalId('BO', 'NIM', '01-2345-01')), 'BO:NIM:01-2345-01');
    assert.equal(idOf(buildCanonicalId('PE', 'MR', '010012318')), 'PE:MR:010012318');
    assert.equal(idOf(buildCanonicalId('CO', 'MR', 'ahc 112')), 'CO:MR:AHC-112');
    assert.equal(idOf(buildCanonicalId('CO', 'MR', 'RK4 - 08271')), 'CO:MR:RK4-08271');
    assert.equal(idOf(buildCanonicalId('PE', 'DAM', '118-2024-40-012345')), 'PE:DAM:118-2024-40-012345');
    assert.equal(
      idOf(buildCanonicalId('EC', 'REFRENDO', '028-2024-40-00123456')),
      'EC:REFRENDO:028-2024-40-00123456',
    );
    assert.equal(buildGlobalId('SAT', 'amw-2024-000123'), 'SAT:AMW-2024-000123');
  });

  it('builds the identifier of a value that fails its check, and carries the flag', () => {
    const result = buildCanonicalId('EC', 'CI', '1712345678');
    assert.equal(idOf(result), 'EC:CI:1712345678');
    assert.deepEqual(result.ok ? result.flags.map((flag) => flag.code) : [], ['CI_CHECK_DIGIT']);
    const nit = buildCanonicalId('CO', 'NIT', '900123456', '7');
    assert.deepEqual(nit.ok ? nit.flags.map((flag) => flag.code) : [], ['NIT_CHECK_DIGIT']);
  });

  it('fails only when no identifier can be built', () => {
    assert.equal(buildCanonicalId('PE', 'SSN', '1').ok, false);
    assert.deepEqual(buildCanonicalId('PER', 'RUC', '20131312955'), {
      ok: false,
      code: 'INVALID_COUNTRY',
      message: '"PER" is not an ISO alpha-2 country code',
    });
    const empty = buildCanonicalId('PE', 'MR', '  ');
    assert.equal(empty.ok ? '' : empty.code, 'EMPTY_VALUE');
  });

  it('parses what it builds', () => {
    assert.deepEqual(parseCanonicalId('PE'), { kind: 'COUNTRY', country: 'PE' });
    assert.deepEqual(parseCanonicalId('CO:MR:AHC-112'), {
      kind: 'SCOPED',
      country: 'CO',
      scheme: 'MR',
      value: 'AHC-112',
    });
    assert.deepEqual(parseCanonicalId('SAT:AMW-2024-000123'), {
      kind: 'GLOBAL',
      namespace: 'SAT',
      value: 'AMW-2024-000123',
    });
    const built = idOf(buildCanonicalId('PE', 'RUC', '20131312955'));
    assert.deepEqual(parseCanonicalId(built), {
      kind: 'SCOPED',
      country: 'PE',
      scheme: 'RUC',
      value: '20131312955',
    });
  });

  it('rejects strings that are not canonical identifiers', () => {
    for (const text of ['pe:ruc:1', 'PE:RUC:', 'PER', 'PE:RUC:1 2', 'XYZ:1', '']) {
      assert.equal(parseCanonicalId(text), undefined, text);
    }
  });
});
