import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { renderStandardDoc } from './doc.js';
import { markdownTable } from './doc/markdown-table.js';
import { RECORD_TYPE_NAMES } from './records/catalogue.js';

const CHECKED_IN = new URL('../../docs/standard.md', import.meta.url);

describe('renderStandardDoc', () => {
  const doc = renderStandardDoc();

  it('matches the checked-in docs/standard.md (run: node standard/scripts/write-doc.js)', () => {
    assert.equal(readFileSync(CHECKED_IN, 'utf8'), doc);
  });

  it('documents the version, change policy, every record type and identifier rules', () => {
    assert.ok(doc.includes('Version **1.0.0**'));
    assert.ok(doc.includes('## Change policy'));
    for (const type of RECORD_TYPE_NAMES) assert.ok(doc.includes(`\n## ${type}\n`), type);
    assert.ok(doc.includes('`PE:RUC:20131312955`'));
    assert.ok(doc.includes('| `legalStatus.code`'));
    assert.ok(doc.includes('### countries'));
  });

  it('pads tables the way Prettier does, escaping pipes', () => {
    assert.equal(
      markdownTable(['a', 'long header'], [['x|y', 'é']]),
      '| a    | long header |\n| ---- | ----------- |\n| x\\|y | é           |',
    );
  });
});
