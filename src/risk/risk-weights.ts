import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Compile } from 'typebox/compile';
import type { TLocalizedValidationError } from 'typebox/error';
import { parse } from 'yaml';
import { VetaError } from '../core/veta-error.js';
import { builtinCatalogue, type Catalogue } from '../detect/catalogue/catalogue.js';
import { isSignalCode, RiskWeights, RiskWeightsOverride, SIGNAL_CODES } from './risk-weights-schema.js';

export type { RiskWeights } from './risk-weights-schema.js';

/** The weights shipped with Veta, kept as data beside the code (read from src/, not copied to dist/). */
export const BUILTIN_WEIGHTS_PATH = fileURLToPath(new URL('../../src/risk/weights.yaml', import.meta.url));

/** Weights ready for a run, and the files they came from (for the run's record). */
export interface LoadedWeights {
  weights: RiskWeights;
  source: string;
}

const fullValidator = Compile(RiskWeights);
const overrideValidator = Compile(RiskWeightsOverride);
const MAX_REPORTED = 6;

/**
 * The built-in weights, with the file at `overridePath` laid over them when one is given. A mistake
 * stops the load with an error naming the file and the key.
 */
export function loadRiskWeights(
  overridePath?: string,
  catalogue: Catalogue = builtinCatalogue(),
): LoadedWeights {
  const builtin = readYaml(BUILTIN_WEIGHTS_PATH);
  checkShape(fullValidator, builtin, BUILTIN_WEIGHTS_PATH);
  if (overridePath === undefined) {
    checkRules(builtin, BUILTIN_WEIGHTS_PATH, catalogue);
    return { weights: builtin, source: 'built-in' };
  }
  const override = readYaml(overridePath) ?? {};
  checkShape(overrideValidator, override, overridePath);
  checkRules(override, overridePath, catalogue);
  const weights = layered(builtin, override);
  checkRules(weights, `${BUILTIN_WEIGHTS_PATH} with ${overridePath}`, catalogue);
  return { weights, source: overridePath };
}

/** Every section of the override replaces the keys it names and keeps the others. */
function layered(base: RiskWeights, override: RiskWeightsOverride): RiskWeights {
  return {
    severity: { ...base.severity, ...override.severity },
    alertScoreShare: override.alertScoreShare ?? base.alertScoreShare,
    recency: { ...base.recency, ...override.recency },
    repeatDecay: override.repeatDecay ?? base.repeatDecay,
    typologies: { ...base.typologies, ...override.typologies },
    signals: { ...base.signals, ...override.signals },
    corridor: { ...base.corridor, ...override.corridor },
    thresholds: { ...base.thresholds, ...override.thresholds },
    earlyWarning: { ...base.earlyWarning, ...override.earlyWarning },
  };
}

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new VetaError(
      'RISK_WEIGHTS_INVALID',
      `The risk weights ${path} cannot be read as YAML (${reason}).`,
      {
        cause: error,
      },
    );
  }
}

interface Validator<T> {
  Check(value: unknown): value is T;
  Errors(value: unknown): TLocalizedValidationError[];
}

function checkShape<T>(validator: Validator<T>, document: unknown, path: string): asserts document is T {
  if (validator.Check(document)) return;
  const problems = validator
    .Errors(document)
    .flatMap((error) => {
      const said = describe(error);
      return said === undefined ? [] : [said];
    })
    .slice(0, MAX_REPORTED);
  throw invalid(path, problems);
}

// TypeBox names the place by JSON pointer and reports an unknown key on its parent: a dotted key
// (typologies.STRUCTURING) is what a person finds in a YAML file.
function describe(error: TLocalizedValidationError): string | undefined {
  const at = error.instancePath.split('/').filter(Boolean).join('.');
  switch (error.keyword) {
    case 'boolean':
      return undefined;
    case 'additionalProperties':
      return error.params.additionalProperties
        .map((key) => `${at === '' ? '' : `${at}.`}${key} is not a known key`)
        .join('; ');
    case 'required':
      return `${at === '' ? '' : `${at}.`}${error.params.requiredProperties.join(', ')} is missing`;
    default:
      return `${at === '' ? '(top)' : at} ${error.message}`;
  }
}

function checkRules(
  document: { typologies?: Record<string, number>; signals?: Record<string, number> },
  source: string,
  catalogue: Catalogue,
): void {
  const known = new Set(catalogue.typologies.map((typology) => typology.code));
  const problems: string[] = [];
  for (const code of Object.keys(document.typologies ?? {}))
    if (!known.has(code)) problems.push(`typologies.${code} is not a typology of the catalogue`);
  for (const code of Object.keys(document.signals ?? {}))
    if (!isSignalCode(code))
      problems.push(`signals.${code} is not a signal (known: ${SIGNAL_CODES.join(', ')})`);
  if (fullValidator.Check(document)) {
    for (const code of known)
      if (!(code in document.typologies)) problems.push(`typologies.${code} is missing`);
    for (const code of SIGNAL_CODES)
      if (!(code in document.signals)) problems.push(`signals.${code} is missing`);
  }
  if (problems.length > 0) throw invalid(source, problems.slice(0, MAX_REPORTED));
}

function invalid(source: string, problems: readonly string[]): VetaError {
  return new VetaError(
    'RISK_WEIGHTS_INVALID',
    `The risk weights ${source} have mistakes: ${problems.join('; ')}. Fix the file and run again.`,
  );
}
