import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import type { Detector } from '../detector.js';
import { detectorFingerprint } from './detector-fingerprint.js';
import { SRC_DIR } from './detector-sources.js';

/** The version a detector had when its fingerprint was last recorded, and the files it covered. */
export interface RecordedFingerprint {
  version: string;
  fingerprint: string;
  files: string[];
}

export type FingerprintRecord = Record<string, RecordedFingerprint>;

/** The committed record, kept beside this code in src/ (tsc copies no .json). */
export const RECORD_PATH = join(SRC_DIR, 'detect/fingerprint/detector-fingerprints.json');

/** The committed record of every detector's version and fingerprint. */
export function readFingerprintRecord(path: string = RECORD_PATH): FingerprintRecord {
  return JSON.parse(readFileSync(path, 'utf8')) as FingerprintRecord;
}

/** Each detector's version and its fingerprint now, in the detectors' order. */
export function currentFingerprints(detectors: readonly Detector[], catalogue: Catalogue): FingerprintRecord {
  return Object.fromEntries(
    detectors.map((detector) => [
      detector.code,
      { version: detector.version, ...detectorFingerprint(detector.code, catalogue) },
    ]),
  );
}

/**
 * What a refresh would say: one line per detector whose code or settings moved. A moved
 * fingerprint under an unchanged version is recorded too (a refactor that changes no alert), but
 * named, so the one who runs the refresh decides.
 */
export function fingerprintChanges(recorded: FingerprintRecord, current: FingerprintRecord): string[] {
  return Object.entries(current).flatMap(([code, now]) => {
    const before = recorded[code];
    if (!before) return [`${code}: new, version ${now.version}`];
    if (before.fingerprint === now.fingerprint && before.version === now.version) return [];
    if (before.version !== now.version) return [`${code}: ${before.version} → ${now.version}`];
    return [
      `${code}: code or thresholds changed under version ${now.version}, recorded as a change that alters ` +
        'no alert. If it can alter alerts, bump the version in its module and run this again.',
    ];
  });
}

/** Writes the record, one detector per entry, as the test reads it. */
export function writeFingerprintRecord(record: FingerprintRecord, path: string = RECORD_PATH): void {
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`, 'utf8');
}
