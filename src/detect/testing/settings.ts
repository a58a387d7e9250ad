import { builtinRulebook } from '@veta/standard';
import { builtinCatalogue } from '../catalogue/catalogue.js';
import type { Detector, DetectorSettings } from '../detector.js';
import { detectorSettings } from '../detector-settings.js';

/** The built-in catalogue's thresholds and severity for a detector, and the standard's rulebook. */
export function settingsOf<Name extends string>(detector: Detector<Name>): DetectorSettings<Name> {
  return detectorSettings(detector, builtinCatalogue(), builtinRulebook());
}
