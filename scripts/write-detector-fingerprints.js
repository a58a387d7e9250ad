#!/usr/bin/env node
// Records each detector's version and fingerprint in src/detect/fingerprint/detector-fingerprints.json
// (run after "npx tsc -b", or as "npm run detector-fingerprints"). Bump a detector's version first
// when its change can alter alerts; the guard test (detector-versions.test.ts) reads this file.
import { loadCatalogue } from '../dist/detect/catalogue/catalogue.js';
import {
  currentFingerprints,
  fingerprintChanges,
  readFingerprintRecord,
  RECORD_PATH,
  writeFingerprintRecord,
} from '../dist/detect/fingerprint/recorded-fingerprints.js';
import { DETECTORS } from '../dist/detect/run-detection.js';
import { existsSync } from 'node:fs';

const recorded = existsSync(RECORD_PATH) ? readFingerprintRecord() : {};
const current = currentFingerprints(DETECTORS, loadCatalogue());
for (const line of fingerprintChanges(recorded, current)) console.log(line);
writeFingerprintRecord(current);
console.log(`wrote ${RECORD_PATH}`);
