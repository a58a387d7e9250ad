import { Compile } from 'typebox/compile';
import { VetaError } from '../../core/veta-error.js';
import { builtinCatalogue } from './catalogue.js';
import { ThresholdOverrides, type Catalogue } from './catalogue-schema.js';
import { thresholdValueProblem } from './check-catalogue.js';

// A country tunes a detector by setting its own thresholds in the rulebook, keyed by country,
// typology code and threshold name. The catalogue's defaults stay untouched.

export type { ThresholdOverrides } from './catalogue-schema.js';

const validator = Compile(ThresholdOverrides);

/**
 * Checks thresholds a country sets for itself (a rulebook's, or built in code) against the
 * catalogue: unknown typologies, unknown thresholds and values their unit does not allow are
 * refused, each named; `where` says where they came from.
 */
export function checkThresholdOverrides(
  document: unknown,
  where: string,
  catalogue: Catalogue = builtinCatalogue(),
): ThresholdOverrides {
  if (!validator.Check(document)) {
    const errors = [...validator.Errors(document)]
      .slice(0, 5)
      .map((error) => `${error.instancePath || '/'} ${error.message}`);
    throw overridesInvalid(
      where,
      `${errors.join('; ')} (expected COUNTRY: { TYPOLOGY_CODE: { thresholdName: number } })`,
    );
  }
  const problems = overrideProblems(catalogue, document);
  if (problems.length > 0) throw overridesInvalid(where, problems.join('; '));
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
  // Overrides built in code skip checkThresholdOverrides, so they are checked here as well.
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
