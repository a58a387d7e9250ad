import { createHash } from 'node:crypto';
import type { Catalogue } from '../catalogue/catalogue-schema.js';
import { detectorSources, SRC_DIR } from './detector-sources.js';

/** What decides a detector's alerts: a hash of its sources and of its catalogue settings, and the files hashed. */
export interface DetectorFingerprint {
  fingerprint: string;
  files: string[];
}

/**
 * The fingerprint of a detector: its code and SQL in normal form (detector-sources.ts) and the
 * catalogue's default thresholds and severity bands for its typology. Wording (names, meanings,
 * formula prose, the severity rule's text) is left out: it changes no alert.
 */
export function detectorFingerprint(
  code: string,
  catalogue: Catalogue,
  srcDir: string = SRC_DIR,
): DetectorFingerprint {
  const sources = detectorSources(code, srcDir);
  const hash = createHash('sha256');
  for (const source of sources) hash.update(`${source.path}\n${source.text}\n`);
  hash.update(JSON.stringify(settingsOf(code, catalogue)));
  return { fingerprint: `sha256:${hash.digest('hex').slice(0, 32)}`, files: sources.map((s) => s.path) };
}

function settingsOf(code: string, catalogue: Catalogue): unknown {
  const typology = catalogue.typologies.find((candidate) => candidate.code === code);
  if (!typology) return null;
  const thresholds = Object.entries(typology.thresholds)
    .map(([name, threshold]) => [name, threshold.value, threshold.unit] as const)
    .sort(([a], [b]) => a.localeCompare(b));
  const { measure, unit, direction, bands, escalateAboveUsd } = typology.severity;
  return {
    thresholds,
    severity: { measure, unit, direction, bands, escalateAboveUsd: escalateAboveUsd ?? null },
  };
}
