import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { isVetaError } from '../../core/veta-error.js';
import { loadCatalogue } from './catalogue.js';
import { checkThresholdOverrides, thresholdsFor } from './threshold-overrides.js';

const catalogue = loadCatalogue();
/** Thresholds written as a rulebook's YAML, checked as coming from `where`. */
function checked(where: string, text: string): unknown {
  return checkThresholdOverrides(parse(text) ?? {}, where, catalogue);
}

function refuses(action: () => unknown, ...fragments: string[]): void {
  assert.throws(action, (error: unknown) => {
    assert.ok(isVetaError(error, 'CATALOGUE_INVALID'), String(error));
    for (const fragment of fragments) assert.ok(error.message.includes(fragment), error.message);
    return true;
  });
}

describe('threshold overrides', () => {
  it('gives the catalogue defaults without a country or overrides', () => {
    assert.deepEqual(thresholdsFor(catalogue, 'MIRROR_TRADE_GAP'), {
      cifFobFactorAllGoods: 1.06,
      cifFobFactorGold: 1.01,
      relativeGap: 0.1,
      absoluteGapUsd: 1_000_000,
    });
  });

  it("merges a country's overrides over the defaults, leaving other countries and typologies alone", () => {
    const overrides = checkThresholdOverrides(
      parse(
        'PE:\n  MIRROR_TRADE_GAP:\n    relativeGap: 0.15\nCO:\n  SUBSISTENCE_CAP_EXCEEDED:\n    monthlyCapGrams: 30\n',
      ),
      'ok.yaml',
      catalogue,
    );
    const pe = thresholdsFor(catalogue, 'MIRROR_TRADE_GAP', 'PE', overrides);
    assert.equal(pe.relativeGap, 0.15);
    assert.equal(pe.absoluteGapUsd, 1_000_000);
    assert.equal(thresholdsFor(catalogue, 'MIRROR_TRADE_GAP', 'CO', overrides).relativeGap, 0.1);
    assert.equal(thresholdsFor(catalogue, 'MIRROR_TRADE_GAP', 'BO', overrides).relativeGap, 0.1);
    assert.equal(thresholdsFor(catalogue, 'SUBSISTENCE_CAP_EXCEEDED', 'CO', overrides).monthlyCapGrams, 30);
    assert.equal(thresholdsFor(catalogue, 'SUBSISTENCE_CAP_EXCEEDED', 'CO', overrides).yearlyCapGrams, 420);
  });

  it('accepts an empty file as no overrides', () => {
    assert.deepEqual(checked('empty.yaml', ''), {});
  });

  it('refuses an unknown typology code, naming the file, the country and the code', () => {
    refuses(
      () => checked('code.yaml', 'PE:\n  MIRROR_TRADE_GAPS:\n    relativeGap: 0.15\n'),
      'code.yaml',
      'PE: no typology "MIRROR_TRADE_GAPS"',
    );
  });

  it('refuses an unknown threshold name and lists the real ones', () => {
    refuses(
      () => checked('name.yaml', 'PE:\n  MIRROR_TRADE_GAP:\n    relativeGapp: 0.15\n'),
      'PE.MIRROR_TRADE_GAP: no threshold "relativeGapp"',
      'relativeGap, absoluteGapUsd',
    );
  });

  it('refuses values of the wrong type, out of range for their unit, and bad country codes', () => {
    refuses(
      () => checked('type.yaml', 'PE:\n  MIRROR_TRADE_GAP:\n    relativeGap: high\n'),
      '/PE/MIRROR_TRADE_GAP/relativeGap',
    );
    refuses(
      () => checked('range.yaml', 'PE:\n  MIRROR_TRADE_GAP:\n    relativeGap: 1.5\n'),
      'PE.MIRROR_TRADE_GAP.relativeGap: 1.5 is a fraction above 1',
    );
    refuses(
      () => checked('count.yaml', 'CO:\n  NOMINEE_NETWORK:\n    minCompanies: 2.5\n'),
      'CO.NOMINEE_NETWORK.minCompanies: 2.5 count is not a whole number',
    );
    refuses(() => checked('country.yaml', 'Peru:\n  MIRROR_TRADE_GAP:\n    relativeGap: 0.2\n'), 'Peru');
  });

  it('refuses unknown codes and names in overrides built in code, and an unknown typology', () => {
    refuses(() => thresholdsFor(catalogue, 'NOPE'), 'No typology "NOPE"');
    refuses(
      () => thresholdsFor(catalogue, 'MIRROR_TRADE_GAP', 'PE', { PE: { MIRROR_TRADE_GAP: { gap: 0.2 } } }),
      'PE.MIRROR_TRADE_GAP: no threshold "gap"',
    );
    refuses(
      () => thresholdsFor(catalogue, 'MIRROR_TRADE_GAP', 'PE', { PE: { GHOST: { minSigns: 1 } } }),
      'PE: no typology "GHOST"',
    );
  });
});
