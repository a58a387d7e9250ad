import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURES, LEVEL_BITS } from './features.js';

const DOC = fileURLToPath(new URL('../../docs/resolution.md', import.meta.url));

describe('comparison levels', () => {
  it('give every feature distinct codes, conditions on every level but the last, and numbers that fit a pattern', () => {
    for (const feature of FEATURES) {
      const codes = feature.levels.map((level) => level.code);
      assert.equal(new Set(codes).size, codes.length, feature.name);
      feature.levels.forEach((level, i) =>
        assert.equal(
          'condition' in level,
          i < feature.levels.length - 1,
          `${feature.name} ends in an else level`,
        ),
      );
      assert.ok(feature.levels.length < 2 ** LEVEL_BITS, `${feature.name} fits ${LEVEL_BITS} bits`);
    }
  });

  it('are the ones docs/resolution.md lists, label and explanation', () => {
    const rows = readFileSync(DOC, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    const documented = rows.filter((row) => FEATURES.some((feature) => feature.name === row[0]));
    const coded = FEATURES.flatMap((feature) =>
      feature.levels.map((level, i) => [feature.name, String(i + 1), level.label, level.explanation]),
    );
    assert.deepEqual(documented, coded);
  });
});
