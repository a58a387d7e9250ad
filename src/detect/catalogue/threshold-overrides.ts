import { readFileSync } from 'node:fs';
import { Compile } from 'typebox/compile';
import { parse } from 'yaml';
import { VetaError } from '../../core/veta-error.js';
import { builtinCatalogue } from './catalogue.js';
import { ThresholdOverrides, type Catalogue } from './catalogue-schema.js';
import { thresholdValueProblem } from './check-catalogue.js';

// A country tunes a detector by overriding its thresholds in a small YAML file, keyed by country,
// typology code and threshold name. The catalogue's defaults stay untouched; alerts record which
// values they were computed with.

export type { ThresholdOverrides } from './catalogue-schema.js';

const validator = Compile(ThresholdOverrides);

/** Reads a threshold-override file and refuses unknown typologies, unknown thresholds and bad values. */
export function loadThresholdOverrides(
  path: string,
  catalogue: Catalogue = builtinCatalogue(),
): ThresholdOverrides {
  let document: unknown;
  try {
    document = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    throw new VetaError(
      'CATALOGUE_INVALID',
      `The threshold overrides ${path} cannot be read as YAML (${error instanceof Error ? error.message : String(error)}).`,
      { cause: error },
    );
  }
  if (!validator.Check(document)) {
    const errors = [...validator.Errors(document)]
      .slice(0, 5)
      .map((error) => `${error.instancePath || '/'} ${error.message}`);
    throw overridesInvalid(
      `in ${path}`,
      `${errors.join('; ')} (expected COUNTRY: { TYPOLOGY_CODE: { thresholdName: number } })`,
    );
  }
  const problems = overrideProblems(catalogue, document);
  if (problems.length > 0) throw overridesInvalid(`in ${path}`, problems.join('; '));
  return document;
}

/**
 * The thresholds a detector uses for a typology: the catalogue's defaults, replaced by the
 * country's overrides where it has any.
 */
export function thresholdsFor(
  catalogue: Catalogue,
  code: string,
  country?: string,
  overrides?: ThresholdOverrides,
): Record<string, number> {
  const entry = catalogue.typologies.find((candidate) => candidate.code === code);
  if (!entry)
    throw new VetaError(
      'CATALOGUE_INVALID',
      `No typology "${code}" in the catalogue; known codes: ${catalogue.typologies.map((t) => t.code).join(', ')}.`,
    );
  const values: Record<string, number> = {};
  for (const [name, threshold] of Object.entries(entry.thresholds)) values[name] = threshold.value;
  if (country === undefined || overrides === undefined) return values;
  // Overrides built in code skip loadThresholdOverrides, so they are checked here as well.
  const ofCountry = overrides[country] ?? {};
  const problems = overrideProblems(catalogue, { [country]: ofCountry });
  if (problems.length > 0) throw overridesInvalid('passed to thresholdsFor', problems.join('; '));
  return { ...values, ...ofCountry[code] };
}

function overrideProblems(catalogue: Catalogue, overrides: ThresholdOverrides): string[] {
  const problems: string[] = [];
  const byCode = new Map(catalogue.typologies.map((typology) => [typology.code, typology]));
  for (const [country, typologies] of Object.entries(overrides)) {
    if (!/^[A-Z]{2}$/.test(country)) problems.push(`"${country}" is not an ISO 3166-1 alpha-2 country code`);
    for (const [code, values] of Object.entries(typologies)) {
      const typology = byCode.get(code);
      if (!typology) {
        problems.push(`${country}: no typology "${code}" in the catalogue`);
        continue;
      }
      for (const [name, value] of Object.entries(values)) {
        const threshold = typology.thresholds[name];
        if (!threshold) {
          const known = Object.keys(typology.thresholds).join(', ');
          problems.push(`${country}.${code}: no threshold "${name}" (it has ${known})`);
          continue;
        }
        const problem = thresholdValueProblem(threshold.unit, value);
        if (problem) problems.push(`${country}.${code}.${name}: ${problem}`);
      }
    }
  }
  return problems;
}

function overridesInvalid(where: string, detail: string): VetaError {
  return new VetaError(
    'CATALOGUE_INVALID',
    `The threshold overrides ${where} have mistakes: ${detail}. Fix them and run again.`,
  );
}
