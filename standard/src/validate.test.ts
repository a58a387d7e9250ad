import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_RECORDS } from './fixtures/records.js';
import { RECORD_TYPE_NAMES } from './records/catalogue.js';
import { validate, validateStored } from './validate.js';

const clone = <T>(value: T): T => structuredClone(value);

describe('validate', () => {
  it('accepts the example record of every type', () => {
    for (const type of RECORD_TYPE_NAMES)
      assert.deepEqual(validate(type, EXAMPLE_RECORDS[type]), { ok: true, issues: [] }, type);
  });

  it('points at a missing nested field with a REQUIRED code', () => {
    const party = clone(EXAMPLE_RECORDS.Party) as { provenance: { sourceFile: Partial<{ sha256: string }> } };
    delete party.provenance.sourceFile.sha256;
    const result = validate('Party', party);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.issues.map((issue) => [issue.path, issue.code]),
      [['/provenance/sourceFile/sha256', 'REQUIRED']],
    );
  });

  it('reports codes outside the code list, bad formats, patterns and unknown fields', () => {
    const right = {
      ...clone(EXAMPLE_RECORDS.MiningRight),
      legalStatus: { code: 'VIGENTE' },
      appliedOn: '02/05/2012',
      extra: 1,
    };
    const found = validate('MiningRight', right).issues.map((issue) => `${issue.path} ${issue.code}`);
    assert.ok(found.includes('/legalStatus/code NOT_IN_CODE_LIST'), found.join('; '));
    assert.ok(found.includes('/appliedOn INVALID_FORMAT'), found.join('; '));
    assert.ok(found.includes('/extra UNKNOWN_PROPERTY'), found.join('; '));
    const party = { ...clone(EXAMPLE_RECORDS.Party), identifiers: ['pe-ruc-20131312955'] };
    assert.deepEqual(
      validate('Party', party).issues.map((issue) => [issue.path, issue.code]),
      [['/identifiers/0', 'PATTERN_MISMATCH']],
    );
  });

  it('checks ranges such as fineness between 0 and 1', () => {
    const transaction = { ...clone(EXAMPLE_RECORDS.MineralTransaction), fineness: 915 };
    assert.deepEqual(
      validate('MineralTransaction', transaction).issues.map((issue) => [issue.path, issue.code]),
      [['/fineness', 'OUT_OF_RANGE']],
    );
  });

  it('rejects a record of the wrong type and unknown type names', () => {
    assert.equal(validate('Assay', EXAMPLE_RECORDS.Party).ok, false);
    assert.deepEqual(
      validate('Mine', {}).issues.map((issue) => issue.code),
      ['UNKNOWN_RECORD_TYPE'],
    );
  });
});

describe('validateStored', () => {
  const parts = (record: object): { body: Record<string, unknown>; flags: unknown } => {
    const body = clone(record) as Record<string, unknown>;
    const flags = body.flags;
    delete body.provenance;
    delete body.flags;
    return { body, flags };
  };

  it('accepts the body and flags of every example record, without its provenance', () => {
    for (const type of RECORD_TYPE_NAMES) {
      const { body, flags } = parts(EXAMPLE_RECORDS[type]);
      assert.deepEqual(validateStored(type, body, flags), { ok: true, issues: [] }, type);
    }
  });

  it('applies the same rules to the body, and points into the flags under /flags', () => {
    const { body } = parts({ ...EXAMPLE_RECORDS.MineralTransaction, fineness: 915 });
    const badFlag = [{ code: 'CHECK_DIGIT', severity: 'apocalyptic', message: 'x' }];
    const result = validateStored('MineralTransaction', { ...body, provenance: {} }, badFlag);
    assert.deepEqual(
      result.issues.map((issue) => [issue.path, issue.code]),
      [
        ['/provenance', 'UNKNOWN_PROPERTY'],
        ['/fineness', 'OUT_OF_RANGE'],
        ...validate('MineralTransaction', { ...EXAMPLE_RECORDS.MineralTransaction, flags: badFlag })
          .issues.filter((issue) => issue.path.startsWith('/flags'))
          .map((issue) => [issue.path, issue.code]),
      ],
    );
    assert.ok(
      result.issues.some((issue) => issue.path.startsWith('/flags/0')),
      JSON.stringify(result),
    );
    assert.deepEqual(
      validateStored('Mine', {}, []).issues.map((issue) => issue.code),
      ['UNKNOWN_RECORD_TYPE'],
    );
  });
});
