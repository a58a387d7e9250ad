import type { Rulebook } from '@veta/standard';
import { VetaError } from '../core/veta-error.js';
import type { Catalogue } from './catalogue/catalogue-schema.js';
import { typology } from './catalogue/catalogue.js';
import { thresholdsFor, type ThresholdOverrides } from './catalogue/threshold-overrides.js';
import type { Detector, DetectorSettings } from './detector.js';

/**
 * The settings a detector runs with: its typology's thresholds from the catalogue, replaced by the
 * country's overrides where it has any, its severity rule and the rulebook. The catalogue must give exactly the
 * thresholds the detector reads: one it lacks or one no detector reads (a typo on either side)
 * stops detection before it starts, naming it.
 */
export function detectorSettings<Name extends string>(
  detector: Detector<Name>,
  catalogue: Catalogue,
  rulebook: Rulebook,
  country?: string,
  overrides?: ThresholdOverrides,
): DetectorSettings<Name> {
  const problems = thresholdProblems(detector, catalogue);
  if (problems.length > 0)
    throw new VetaError(
      'CATALOGUE_INVALID',
      `The typology catalogue does not fit the detector of ${detector.code}: ${problems.join('; ')}. Fix the catalogue and run again.`,
    );
  const values = thresholdsFor(catalogue, detector.code, country, overrides);
  const thresholds = Object.fromEntries(detector.thresholds.map((name) => [name, values[name]]));
  return {
    // Every name the detector reads was found above: the record is whole.
    thresholds: thresholds as Record<Name, number>,
    severity: typology(detector.code, catalogue).severity,
    rulebook,
  };
}

/** What keeps a catalogue from serving these detectors, each naming the typology and threshold. */
export function catalogueFitProblems(detectors: readonly Detector[], catalogue: Catalogue): string[] {
  return detectors.flatMap((detector) => thresholdProblems(detector, catalogue));
}

function thresholdProblems(detector: Detector, catalogue: Catalogue): string[] {
  const entry = catalogue.typologies.find((candidate) => candidate.code === detector.code);
  if (!entry) return [`no typology ${detector.code}`];
  const given = Object.keys(entry.thresholds);
  const read: readonly string[] = detector.thresholds;
  return [
    ...read
      .filter((name) => !given.includes(name))
      .map((name) => `${detector.code} has no threshold "${name}", which its detector reads`),
    ...given
      .filter((name) => !read.includes(name))
      .map(
        (name) =>
          `${detector.code} has a threshold "${name}" that its detector does not read (it reads ${read.join(', ') || 'none'})`,
      ),
  ];
}
