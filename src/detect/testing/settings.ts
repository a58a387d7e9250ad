import { builtinCatalogue, typology } from '../catalogue/catalogue.js';
import { thresholdsFor } from '../catalogue/threshold-overrides.js';
import type { DetectorSettings } from '../detector.js';

/** The built-in catalogue's thresholds and severity for a typology. */
export function settingsOf(code: string): DetectorSettings {
  const catalogue = builtinCatalogue();
  return { thresholds: thresholdsFor(catalogue, code), severity: typology(code, catalogue).severity };
}
