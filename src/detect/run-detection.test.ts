import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { builtinCatalogue } from './catalogue/catalogue.js';
import { DETECTORS } from './run-detection.js';

describe('the detectors and the catalogue', () => {
  it('agree on which typologies are active: one detector for each, none for the planned', () => {
    const active = builtinCatalogue()
      .typologies.filter((entry) => entry.status === 'active')
      .map((entry) => entry.code)
      .sort();
    assert.deepEqual(DETECTORS.map((detector) => detector.code).sort(), active);
  });
});
