import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VetaError } from '../../core/veta-error.js';
import { readTruth } from './truth-file.js';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-truth-')), 'truth.json');
  writeFileSync(path, text);
  return path;
}

describe('readTruth', () => {
  it('keeps the schemes and resolves each alias to its entity identifiers, skipping party records', async () => {
    const truth = await readTruth(
      file(
        JSON.stringify({
          generator: 'veta-simulate',
          schemes: [
            {
              typology: 'CAP',
              subjects: ['CO:CC:1'],
              period: { from: '2023-01', to: '2023-02' },
              description: 'd',
            },
          ],
          entities: [{ id: 'P1', kind: 'PERSON', name: 'ANA', country: 'CO', identifiers: ['CO:CC:1'] }],
          identifierAliases: { 'CO:CC:7': 'P1' },
          partyRecords: [{ file: 'a.csv', row: 1, field: 'X', entity: 'P1' }],
        }),
      ),
    );
    assert.deepEqual(
      truth.schemes.map((scheme) => scheme.subjects),
      [['CO:CC:1']],
    );
    assert.deepEqual([...truth.aliases], [['CO:CC:7', ['CO:CC:1']]]);
  });

  it('says what is wrong with a file that is not a truth file', async () => {
    const rejects = (path: string, code: string, message: RegExp): Promise<void> =>
      assert.rejects(readTruth(path), (error: unknown) => {
        assert.ok(error instanceof VetaError);
        assert.equal(error.code, code);
        assert.match(error.message, message);
        return true;
      });
    await rejects(file('{"schemes": ['), 'TRUTH_INVALID', /truth\.json is not readable JSON/);
    await rejects(file('{"rows": []}'), 'TRUTH_INVALID', /has no "schemes" list/);
    await rejects('/nonexistent/truth.json', 'PATH_NOT_FOUND', /does not exist/);
    const scheme = { typology: 'CAP', subjects: ['CO:CC:1'], period: { from: '2023-01', to: '2023-02' } };
    await rejects(
      file(JSON.stringify({ schemes: [scheme, { ...scheme, alsoShows: 'ILLEGAL_MINING_SITE' }] })),
      'TRUTH_INVALID',
      /scheme 2 \(CAP\) has an "alsoShows" that is not a list of typology codes/,
    );
  });
});
