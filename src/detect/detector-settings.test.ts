import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtinRulebook } from '@veta/standard';
import { isVetaError } from '../core/veta-error.js';
import { builtinCatalogue, CATALOGUE_PATH, parseCatalogue } from './catalogue/catalogue.js';
import { mirrorTradeGapDetector } from './detectors/mirror-trade-gap.js';
import { catalogueFitProblems, detectorSettings } from './detector-settings.js';
import { DETECTORS } from './run-detection.js';

/** The built-in catalogue with one threshold of MIRROR_TRADE_GAP renamed, as a typo would. */
function catalogueWithTypo() {
  const text = readFileSync(CATALOGUE_PATH, 'utf8');
  const at = text.indexOf('code: MIRROR_TRADE_GAP');
  const renamed = text.slice(0, at) + text.slice(at).replace('relativeGap:', 'relativeGapp:');
  return parseCatalogue(parse(renamed), 'a catalogue with a typo');
}

describe('detector settings', () => {
  it('give every detector exactly the thresholds it reads, from the built-in catalogue', () => {
    assert.deepEqual(catalogueFitProblems(DETECTORS, builtinCatalogue()), []);
    const settings = detectorSettings(mirrorTradeGapDetector, builtinCatalogue(), builtinRulebook());
    assert.deepEqual(Object.keys(settings.thresholds).sort(), [...mirrorTradeGapDetector.thresholds].sort());
  });

  it("take a country's own value where it sets one, the catalogue's elsewhere", () => {
    const overrides = { PE: { MIRROR_TRADE_GAP: { relativeGap: 0.4 } } };
    const peru = detectorSettings(
      mirrorTradeGapDetector,
      builtinCatalogue(),
      builtinRulebook(),
      'PE',
      overrides,
    );
    const colombia = detectorSettings(
      mirrorTradeGapDetector,
      builtinCatalogue(),
      builtinRulebook(),
      'CO',
      overrides,
    );
    assert.equal(peru.thresholds.relativeGap, 0.4);
    assert.equal(
      colombia.thresholds.relativeGap,
      detectorSettings(mirrorTradeGapDetector, builtinCatalogue(), builtinRulebook()).thresholds.relativeGap,
    );
    assert.equal(peru.thresholds.absoluteGapUsd, colombia.thresholds.absoluteGapUsd);
  });

  it('refuse a catalogue whose threshold name a detector does not know, naming both sides', () => {
    const catalogue = catalogueWithTypo();
    const problems = catalogueFitProblems(DETECTORS, catalogue);
    assert.deepEqual(problems, [
      'MIRROR_TRADE_GAP has no threshold "relativeGap", which its detector reads',
      'MIRROR_TRADE_GAP has a threshold "relativeGapp" that its detector does not read (it reads cifFobFactorAllGoods, cifFobFactorGold, relativeGap, absoluteGapUsd)',
    ]);
    assert.throws(
      () => detectorSettings(mirrorTradeGapDetector, catalogue, builtinRulebook()),
      (error: unknown) =>
        isVetaError(error, 'CATALOGUE_INVALID') && /no threshold "relativeGap"/.test(error.message),
    );
  });
});
