import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { RECORD_TYPE_NAMES } from '@veta/standard';
import { runVeta } from './testing/run-veta.js';

describe('veta standard export', () => {
  it('writes a valid draft 2020-12 JSON Schema for every record type and the rulebook, and the code lists', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'veta-std-')), 'std');
    const run = await runVeta(['standard', 'export', dir, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { version: string; files: string[] };
    assert.equal(result.version, '1.0.0');
    const ajv = new Ajv2020({ strict: false });
    const titles = readdirSync(join(dir, 'schemas')).map((file) => {
      const schema = JSON.parse(readFileSync(join(dir, 'schemas', file), 'utf8')) as {
        $schema: string;
        title: string;
      };
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.ok(ajv.validateSchema(schema), `${file}: ${ajv.errorsText(ajv.errors)}`);
      return schema.title;
    });
    assert.deepEqual(titles.sort(), [...RECORD_TYPE_NAMES, 'Rulebook'].sort());
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    assert.equal(result.files.length, files.length);
    assert.ok(readdirSync(join(dir, 'code-lists')).includes('countries.csv'), 'the country code list');
  });

  it('says what went wrong when the folder cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'veta-std-')), 'a-file');
    writeFileSync(file, 'not a folder');
    const run = await runVeta(['standard', 'export', join(file, 'std')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /OUTPUT_UNWRITABLE: Could not write the standard to .*a-file\/std/);
  });
});
