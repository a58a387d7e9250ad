import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { listCodeLists } from './code-lists.js';
import { listCrosswalks } from './crosswalks.js';
import { writeStandard } from './export.js';
import { recordJsonSchema } from './json-schema.js';
import { RECORD_TYPE_NAMES } from './records/catalogue.js';

describe('writeStandard', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'veta-standard-'));
  after(() => rm(dir, { recursive: true, force: true }));
  const written = await writeStandard(dir);

  it('writes a schema per record type and the rulebook, each code list as JSON and CSV, and the crosswalks', () => {
    const expected = RECORD_TYPE_NAMES.length + 1 + 2 * listCodeLists().length + listCrosswalks().length;
    assert.equal(written.length, expected);
    assert.ok(written.includes(join(dir, 'schemas', 'mining-right.schema.json')));
    assert.ok(written.includes(join(dir, 'schemas', 'rulebook.schema.json')));
    assert.ok(written.includes(join(dir, 'code-lists', 'countries.csv')));
  });

  it('writes the schemas the package validates with', async () => {
    for (const type of RECORD_TYPE_NAMES) {
      const file = written.find((path) =>
        path.endsWith(`${type.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.schema.json`),
      );
      assert.ok(file, type);
      assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), recordJsonSchema(type));
    }
  });

  it('writes code lists readable by a spreadsheet and by a program', async () => {
    const csv = await readFile(join(dir, 'code-lists', 'countries.csv'), 'utf8');
    assert.ok(csv.startsWith('alpha2,alpha3,imf,nameEn,nameEs,aliasesEs\n'));
    assert.ok(csv.includes('\nCH,CHE,146,Switzerland,Suiza,\n'));
    const units = JSON.parse(await readFile(join(dir, 'code-lists', 'units.json'), 'utf8')) as {
      version: string;
      items: { code: string; toBase: string }[];
    };
    assert.equal(units.version, '1.0.0');
    assert.deepEqual(units.items.find((unit) => unit.code === 'ozt')?.toBase, '31.1034768');
  });
});
