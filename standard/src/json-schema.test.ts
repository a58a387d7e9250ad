import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EXAMPLE_RECORDS } from './fixtures/records.js';
import { recordJsonSchema, schemaId } from './json-schema.js';
import { RECORD_TYPE_NAMES } from './records/catalogue.js';

// An independent validator proves the schemas are standard draft 2020-12, not TypeBox dialect.
function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
  return ajv;
}

describe('recordJsonSchema', () => {
  it('declares draft 2020-12 and a versioned $id', () => {
    const schema = recordJsonSchema('MiningRight');
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema['$id'], 'urn:veta:standard:1.0.0:mining-right');
    assert.equal(schemaId('ProductionDeclaration'), 'urn:veta:standard:1.0.0:production-declaration');
  });

  it('compiles in strict Ajv for every record type and accepts the examples', () => {
    const ajv = strictAjv();
    for (const type of RECORD_TYPE_NAMES) {
      const check = ajv.compile(recordJsonSchema(type));
      assert.equal(check(EXAMPLE_RECORDS[type]), true, `${type}: ${ajv.errorsText(check.errors)}`);
    }
  });

  it('rejects in Ajv what validate() rejects', () => {
    const check = strictAjv().compile(recordJsonSchema('CustomsDeclaration'));
    assert.equal(check({ ...EXAMPLE_RECORDS.CustomsDeclaration, hsCode: '7108' }), false);
    assert.equal(check({ ...EXAMPLE_RECORDS.CustomsDeclaration, flow: { code: 'EXPORTACION' } }), false);
    assert.equal(check({ ...EXAMPLE_RECORDS.CustomsDeclaration, provenance: undefined }), false);
  });
});
