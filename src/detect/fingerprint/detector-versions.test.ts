import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtinCatalogue } from '../catalogue/catalogue.js';
import { DETECTORS } from '../run-detection.js';
import { detectorFingerprint } from './detector-fingerprint.js';
import { detectorModule, normalForm } from './detector-sources.js';
import { currentFingerprints, fingerprintChanges, readFingerprintRecord } from './recorded-fingerprints.js';

describe('detector versions', () => {
  const recorded = readFingerprintRecord();
  const current = currentFingerprints(DETECTORS, builtinCatalogue());

  for (const detector of DETECTORS) {
    it(`${detector.code} changes its version when its code or thresholds change`, () => {
      const before = recorded[detector.code];
      const now = current[detector.code];
      assert.ok(before, `${detector.code} has no recorded fingerprint: run "npm run detector-fingerprints".`);
      assert.ok(now);
      assert.equal(
        before.version,
        now.version,
        `${detector.code} is now version ${now.version}: run "npm run detector-fingerprints" to record it.`,
      );
      assert.equal(
        now.fingerprint,
        before.fingerprint,
        `The code, SQL or catalogue thresholds of ${detector.code} changed (files: ${now.files.join(', ')}) but ` +
          `its version is still ${now.version}. If the change can alter its alerts, bump "version" in ` +
          `src/${detectorModule(detector.code)} (minor for new logic or thresholds, patch for a fix); ` +
          'then, either way, run "npm run detector-fingerprints" and commit the record.',
      );
    });
  }

  it('records no detector that no longer exists', () => {
    assert.deepEqual(Object.keys(recorded).sort(), Object.keys(current).sort());
  });

  it('gives every detector a semantic version', () => {
    for (const detector of DETECTORS) assert.match(detector.version, /^\d+\.\d+\.\d+$/, detector.code);
  });
});

describe('detector fingerprint', () => {
  it('moves when a default threshold or severity band moves', () => {
    const catalogue = builtinCatalogue();
    const changed = structuredClone(catalogue);
    const shell = changed.typologies.find((typology) => typology.code === 'SHELL_COMPANY');
    assert.ok(shell);
    const [name, threshold] = Object.entries(shell.thresholds)[0] ?? [];
    assert.ok(name && threshold);
    shell.thresholds[name] = { ...threshold, value: threshold.value + 1 };
    const base = detectorFingerprint('SHELL_COMPANY', catalogue).fingerprint;
    assert.notEqual(detectorFingerprint('SHELL_COMPANY', changed).fingerprint, base);
    shell.thresholds[name] = threshold;
    shell.severity = {
      ...shell.severity,
      bands: { ...shell.severity.bands, critical: shell.severity.bands.critical + 1 },
    };
    assert.notEqual(detectorFingerprint('SHELL_COMPANY', changed).fingerprint, base);
  });

  it('covers the module, what it imports for its values, and the SQL it reads', () => {
    const { files } = detectorFingerprint('INPUT_DIVERSION', builtinCatalogue());
    for (const file of [
      'detect/detectors/input-diversion.ts',
      'detect/detectors/illegal-mining-site.ts',
      'detect/detectors/spatial-layers.ts',
      'detect/detectors/spatial-rights.sql',
      'geo/point-in-polygon.ts',
    ])
      assert.ok(files.includes(file), file);
    assert.ok(!files.includes('store/engine/database.ts'), 'type-only imports carry no logic');
  });

  it('ignores comments and layout but not code', () => {
    const ts = 'const a = 1; // why\n/** doc */\nconst url = "https://x";';
    assert.equal(normalForm(ts, 'ts'), normalForm('const a = 1;\n\n  const url = "https://x";', 'ts'));
    assert.notEqual(normalForm(ts, 'ts'), normalForm('const a = 2; const url = "https://x";', 'ts'));
    const sql = '-- rows\nSELECT a,\n       b -- the key\nFROM t';
    assert.equal(normalForm(sql, 'sql'), 'SELECT a, b FROM t');
  });
});

describe('fingerprint changes', () => {
  const entry = { version: '1.0.0', fingerprint: 'sha256:a', files: [] };
  it('names a change under an unchanged version, and a bump', () => {
    assert.deepEqual(fingerprintChanges({ X: entry }, { X: entry }), []);
    assert.match(
      fingerprintChanges({ X: entry }, { X: { ...entry, fingerprint: 'sha256:b' } })[0] ?? '',
      /bump/,
    );
    assert.deepEqual(fingerprintChanges({ X: entry }, { X: { ...entry, version: '1.1.0' } }), [
      'X: 1.0.0 → 1.1.0',
    ]);
  });
});
