import { IDENTIFIER_SCHEMES, UNIT_CODES } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import { headerWords } from './column-names.js';
import type { SpecParams } from './precedents.js';
import { columnValues, sniffIdentifierScheme } from './sniff-values.js';

// ISO 4217, as the platform knows it.
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
const SCHEMES: ReadonlySet<string> = new Set(IDENTIFIER_SCHEMES);

/** What a spec is fitted to: the new file's sample rows and country. */
export interface FitContext {
  rows: readonly RawRow[];
  country: string | undefined;
}

/**
 * A precedent's spec fitted to the column it is now read from: the unit, currency or identifier
 * scheme the header names (PESO_FINO_KG, VALOR_USD, RUC_SOCIO) replaces the precedent's, as the
 * column says what it holds; an identifier scheme the header does not name is the one of the
 * file's country whose check digits the values pass, when there is one.
 */
export function adaptSpec(spec: FieldSpec, column: string, fit: FitContext): FieldSpec {
  const words = headerWords(column);
  const adapted: SpecParams = { ...spec };
  if (typeof adapted.unit === 'string') {
    const unit = UNIT_CODES.find((code) => words.includes(code.toUpperCase()));
    if (unit) adapted.unit = unit;
  }
  if (typeof adapted.currency === 'string') {
    const currency = words.find((word) => CURRENCIES.has(word));
    if (currency) adapted.currency = currency;
  }
  if (typeof adapted.scheme === 'string' && SCHEMES.has(adapted.scheme)) {
    const named = words.find((word) => SCHEMES.has(word));
    const [country, sniffed] = sniffIdentifierScheme(columnValues(fit.rows, column))?.split(':') ?? [];
    const scheme = named ?? (country === fit.country ? sniffed : undefined);
    if (scheme) adapted.scheme = scheme;
  }
  return adapted;
}
