import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bindField, listTransforms } from './registry.js';

const DOC = readFileSync(new URL('../../../docs/ingestion.md', import.meta.url), 'utf8');

describe('the transform registry', () => {
  it('documents every transform in docs/ingestion.md', () => {
    const missing = listTransforms()
      .map((transform) => transform.name)
      .filter((name) => !new RegExp(`\\|\\s*\`${name}\`\\s*\\|`).test(DOC));
    assert.deepEqual(missing, []);
  });

  it('refuses an unknown transform and wrong parameters, saying which', () => {
    const unknown = bindField({ use: 'guess' });
    assert.ok('errors' in unknown);
    assert.match(unknown.errors[0] ?? '', /unknown transform "guess"; transforms are const, text/);
    const wrong = bindField({ use: 'date', column: 'FECHA', formats: 'dd/mm/yyyy' } as { use: string });
    assert.ok('errors' in wrong);
    assert.match(wrong.errors.join(' '), /\/formats/);
  });
});
