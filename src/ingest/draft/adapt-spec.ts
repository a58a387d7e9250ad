import { UNIT_CODES } from '@veta/standard';
import { transformParams } from '../mapping/registry.js';
import type { FieldSpec } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import { headerWords } from './column-names.js';
import { fitScale } from './fit-scale.js';
import { fitFallback, fitScheme } from './fit-scheme.js';
import { nationalScheme } from './national-schemes.js';
import type { SpecParams } from './precedents.js';
import type { Conventions } from './sniff-conventions.js';
import { columnValues } from './sniff-values.js';

// ISO 4217, as the platform knows it.
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** What a spec is fitted to: the new file's sample rows, country and number conventions. */
export interface FitContext {
  rows: readonly RawRow[];
  country: string | undefined;
  conventions?: Conventions;
}

/**
 * A precedent's spec fitted to the column it is now read from, as the column and its values say
 * what it holds: the unit or currency the header names (PESO_FINO_KG, VALOR_USD), the identifier
 * schemes of its columns (see fitScheme), the kind of party the scheme leaves untold, the scale
 * of a fineness, and the file's own country where the precedent fixed its own.
 */
export function adaptSpec(spec: FieldSpec, column: string, fit: FitContext): FieldSpec {
  const words = headerWords(column);
  const adapted: SpecParams = fitSchemes({ ...spec }, column, fit);
  if (typeof adapted.unit === 'string') {
    const unit = UNIT_CODES.find((code) => words.includes(code.toUpperCase()));
    if (unit) adapted.unit = unit;
  }
  if (typeof adapted.currency === 'string') {
    const currency = words.find((word) => CURRENCIES.has(word));
    if (currency) adapted.currency = currency;
  }
  // A fixed country (of an address) was the precedent's agency's: a national file's is its own.
  if (typeof adapted.country === 'string' && fit.country !== undefined) adapted.country = fit.country;
  if (typeof adapted.fallback === 'string' && typeof adapted.scheme === 'string') {
    const values = columnValues(fit.rows, column);
    adapted.fallback = fitFallback(values, adapted.scheme, fit.country) ?? adapted.fallback;
  }
  if (typeof adapted.scale === 'string') {
    const scaled = adapted.use === 'fineness' ? adapted.column : adapted.finenessColumn;
    const scale =
      typeof scaled === 'string' &&
      fitScale(scaled, columnValues(fit.rows, scaled), fit.conventions?.decimalMark ?? '.');
    if (scale) adapted.scale = scale;
  }
  return adapted;
}

/**
 * Each fixed scheme fitted to the column it is paired with: `scheme` to `column`, `viaScheme` to
 * `viaColumn` (the company an interest is held through); one the column does not name is the
 * precedent's document under the name the file's country gives it.
 */
function fitSchemes(spec: SpecParams, column: string, fit: FitContext): SpecParams {
  const accepts = acceptedParams(spec.use);
  const entries = Object.entries(spec).map(([key, value]): [string, unknown] => {
    if ((key !== 'scheme' && !key.endsWith('Scheme')) || typeof value !== 'string') return [key, value];
    const prefix = key.slice(0, -'scheme'.length);
    const paired = prefix === '' ? column : spec[`${prefix}Column`];
    if (typeof paired !== 'string') return [key, value];
    const byLength = `${key}ByLength`;
    const choice = fitScheme(paired, columnValues(fit.rows, paired), fit.country, accepts.has(byLength));
    if (choice && 'schemeByLength' in choice) return [byLength, choice.schemeByLength];
    // Unnamed by the column, the precedent's document is the one the file's country calls so.
    return [key, choice?.scheme ?? nationalScheme(value, fit.country)];
  });
  return { ...Object.fromEntries(entries), use: spec.use };
}

function acceptedParams(use: string): ReadonlySet<string> {
  const params = transformParams(use);
  const properties: unknown = params && 'properties' in params ? params.properties : undefined;
  return new Set(typeof properties === 'object' && properties !== null ? Object.keys(properties) : []);
}
