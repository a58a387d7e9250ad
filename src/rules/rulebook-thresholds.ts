import {
  boundRules,
  builtinRulebook,
  loadRulebook,
  RulebookError,
  rulebookThresholds,
  type BoundRule,
  type Rulebook,
} from '@veta/standard';
import { VetaError } from '../core/veta-error.js';
import type { Catalogue } from '../detect/catalogue/catalogue-schema.js';
import { checkThresholdOverrides, type ThresholdOverrides } from '../detect/catalogue/threshold-overrides.js';

/** The rulebook at `path`, or the standard's own; its mistakes in the user's terms. */
export function rulebookAt(path: string | undefined): Rulebook {
  try {
    return path === undefined ? builtinRulebook() : loadRulebook(path);
  } catch (error) {
    throw inUserTerms(error);
  }
}

/**
 * The thresholds each country sets for itself in the rulebook, with the rules in force on `day`,
 * checked against the catalogue (a typology or threshold it does not know is named).
 */
export function countryThresholds(
  rulebook: Rulebook,
  catalogue: Catalogue,
  day: string,
  source = 'in force',
): ThresholdOverrides {
  try {
    return checkThresholdOverrides(
      rulebookThresholds(rulebook, day, source),
      `of the rulebook ${source}`,
      catalogue,
    );
  } catch (error) {
    throw inUserTerms(error);
  }
}

/**
 * What detection runs under: the catalogue, the rulebook, the thresholds each country sets in the rulebook (the
 * standard's, or a draft at `path`) with the rules in force on `day`, and those rules, for the
 * alerts to cite.
 */
export function detectionRules(catalogue: Catalogue, day: string, path?: string): DetectionRules {
  return detectionUnder(catalogue, rulebookAt(path), day, path);
}

/** What detection runs under, as detectionRules, for a rulebook already read (`source` names it in errors). */
export function detectionUnder(
  catalogue: Catalogue,
  rulebook: Rulebook,
  day: string,
  source?: string,
): DetectionRules {
  return {
    catalogue,
    rulebook,
    overrides: countryThresholds(rulebook, catalogue, day, source),
    rules: boundRules(rulebook, day),
  };
}

/** The options of runDetection that the rulebook and the catalogue set. */
export interface DetectionRules {
  catalogue: Catalogue;
  rulebook: Rulebook;
  overrides: ThresholdOverrides;
  rules: BoundRule[];
}

function inUserTerms(error: unknown): unknown {
  return error instanceof RulebookError
    ? new VetaError('RULEBOOK_INVALID', error.message, { cause: error })
    : error;
}
