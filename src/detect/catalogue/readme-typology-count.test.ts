import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { builtinCatalogue } from './catalogue.js';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

describe('README', () => {
  it('counts the typologies the catalogue holds, wherever it counts them', () => {
    const count = builtinCatalogue().typologies.length;
    const stated = [...readFileSync(README, 'utf8').matchAll(/\b(\d+) typolog(?:y|ies)\b/g)].map((m) =>
      Number(m[1]),
    );
    assert.ok(stated.length > 0, 'the README no longer states how many typologies there are');
    assert.deepEqual(
      stated,
      stated.map(() => count),
      `The catalogue holds ${String(count)} typologies; say so in README.md.`,
    );
  });
});
