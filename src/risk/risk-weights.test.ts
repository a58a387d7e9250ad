import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isVetaError } from '../core/veta-error.js';
import { builtinCatalogue } from '../detect/catalogue/catalogue.js';
import { SIGNAL_CODES } from './risk-weights-schema.js';
import { BUILTIN_WEIGHTS_PATH, loadRiskWeights } from './risk-weights.js';

function weightsFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'veta-weights-')), 'my-weights.yaml');
  writeFileSync(path, text);
  return path;
}

/** Asserts that loading `text` as an override fails naming the file and every key given. */
function assertRefused(text: string, ...keys: string[]): void {
  const path = weightsFile(text);
  assert.throws(
    () => loadRiskWeights(path),
    (error: unknown) => {
      assert.ok(isVetaError(error, 'RISK_WEIGHTS_INVALID'), String(error));
      assert.ok(error.message.includes(path), error.message);
      for (const key of keys) assert.ok(error.message.includes(key), `${key} not in: ${error.message}`);
      return true;
    },
  );
}

void describe('risk weights', () => {
  it('ship a weight for every typology of the catalogue and every signal', () => {
    const { weights, source } = loadRiskWeights();
    assert.equal(source, 'built-in');
    assert.deepEqual(
      Object.keys(weights.typologies).sort(),
      builtinCatalogue()
        .typologies.map((typology) => typology.code)
        .sort(),
    );
    assert.deepEqual(Object.keys(weights.signals).sort(), [...SIGNAL_CODES].sort());
    assert.ok(BUILTIN_WEIGHTS_PATH.endsWith('src/risk/weights.yaml'));
  });

  it('lay an override file over the built-in weights, changing only the keys it names', () => {
    const builtin = loadRiskWeights().weights;
    const { weights, source } = loadRiskWeights(
      weightsFile('typologies:\n  STRUCTURING: 0.9\nrecency:\n  floor: 0\nearlyWarning:\n  riseStep: 0.05\n'),
    );
    assert.ok(source.endsWith('my-weights.yaml'));
    assert.equal(weights.typologies.STRUCTURING, 0.9);
    assert.equal(weights.typologies.GHOST_PRODUCTION, builtin.typologies.GHOST_PRODUCTION);
    assert.deepEqual(weights.recency, { halfLifeDays: builtin.recency.halfLifeDays, floor: 0 });
    assert.equal(weights.earlyWarning.riseStep, 0.05);
    assert.deepEqual(weights.severity, builtin.severity);
  });

  it('take an empty override file as no change', () => {
    assert.deepEqual(loadRiskWeights(weightsFile('')).weights, loadRiskWeights().weights);
  });

  it('refuse mistakes, naming the file and the key', () => {
    assertRefused('typologies:\n  GHOST_PRODUCTON: 0.5\n', 'typologies.GHOST_PRODUCTON', 'not a typology');
    assertRefused('signals:\n  SHELL: 0.5\n', 'signals.SHELL', 'not a signal');
    assertRefused('typologies:\n  STRUCTURING: 1.5\n', 'typologies.STRUCTURING');
    assertRefused('severity:\n  critical: high\n', 'severity.critical');
    assertRefused('recency:\n  halfLife: 30\n', 'recency.halfLife', 'not a known key');
    assertRefused('weigths:\n  x: 1\n', 'weigths', 'not a known key');
    assertRefused('earlyWarning:\n  riseStep: 0\n', 'earlyWarning.riseStep');
    assertRefused('typologies: [1, 2\n', 'cannot be read as YAML');
  });

  it('say which file could not be read', () => {
    assert.throws(
      () => loadRiskWeights('/nonexistent/weights.yaml'),
      (error: unknown) =>
        isVetaError(error, 'RISK_WEIGHTS_INVALID') && error.message.includes('/nonexistent/weights.yaml'),
    );
  });
});
