import { checkIdentifier, IDENTIFIER_SCHEMES, UNIT_CODES, VALIDATED_SCHEMES } from '@veta/standard';
import type { FieldSpec } from '../profiles/profile.js';
import type { RawRow } from '../readers/raw-row.js';
import { headerWords } from './column-names.js';
import type { SpecParams } from './precedents.js';
import { columnValues, sniffIdentifierScheme } from './sniff-values.js';

// ISO 4217, as the platform knows it.
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
const SCHEMES: ReadonlySet<string> = new Set(IDENTIFIER_SCHEMES);
// Words a header names a fineness's scale with (LEY_PORCENTAJE, LEY_MILESIMAS, PURITY_PCT).
const SCALE_WORDS: Readonly<Record<string, readonly string[]>> = {
  PERCENT: ['PORCENTAJE', 'PORCENTUAL', 'PCT', 'PERCENT', 'PERCENTAGE'],
  THOUSANDTHS: ['MILESIMAS', 'MILESIMOS', 'MILESIMA', 'THOUSANDTHS', 'PERMIL'],
};

/** What a spec is fitted to: the new file's sample rows and country. */
export interface FitContext {
  rows: readonly RawRow[];
  country: string | undefined;
}

/**
 * A precedent's spec fitted to the column it is now read from: the unit, currency, fineness scale or
 * identifier scheme the header names (PESO_FINO_KG, VALOR_USD, LEY_PORCENTAJE, RUC_SOCIO) replaces the precedent's, as the
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
  // A scale read from the column itself, not from another's (a fine mass's finenessColumn).
  if (typeof adapted.scale === 'string' && adapted.finenessColumn === undefined) {
    const scale = Object.entries(SCALE_WORDS).find(([, named]) => words.some((word) => named.includes(word)));
    if (scale) adapted.scale = scale[0];
  }
  if (typeof adapted.currency === 'string') {
    const currency = words.find((word) => CURRENCIES.has(word));
    if (currency) adapted.currency = currency;
  }
  if (typeof adapted.scheme === 'string' && SCHEMES.has(adapted.scheme)) {
    const named = words.find((word) => SCHEMES.has(word));
    const [country, sniffed] = sniffIdentifierScheme(columnValues(fit.rows, column))?.split(':') ?? [];
    const scheme = named ?? (country === fit.country ? sniffed : undefined);
    const byLength = scheme === undefined ? schemesByLength(columnValues(fit.rows, column), fit) : undefined;
    if (scheme) adapted.scheme = scheme;
    else if (byLength) {
      delete adapted.scheme;
      adapted.schemeByLength = byLength;
    }
  }
  return adapted;
}

/**
 * A column mixing two of the country's schemes told apart by length (Ecuador's 10-digit cédula
 * and 13-digit RUC): each length's values pass one scheme's check digits.
 */
function schemesByLength(values: readonly string[], fit: FitContext): Record<string, string> | undefined {
  const lengths = new Map<number, string[]>();
  for (const text of values) lengths.set(text.length, [...(lengths.get(text.length) ?? []), text]);
  if (lengths.size < 2) return undefined;
  const schemes: Record<string, string> = {};
  for (const [length, group] of lengths) {
    const [country, sniffed] = sniffIdentifierScheme(group)?.split(':') ?? [];
    const scheme = country === fit.country ? sniffed : onlyPassingScheme(group, fit.country);
    if (scheme === undefined) return undefined;
    schemes[String(length)] = scheme;
  }
  return new Set(Object.values(schemes)).size > 1 ? schemes : undefined;
}

// The one scheme of the country every value passes, when its check digit sits before a suffix the
// sniffer's last-digit test cannot tell (an Ecuadorian RUC ends in 001).
function onlyPassingScheme(values: readonly string[], country: string | undefined): string | undefined {
  const passing = VALIDATED_SCHEMES.filter((key) => key.startsWith(`${country ?? ''}:`))
    .map((key) => key.split(':')[1] ?? '')
    .filter((scheme) =>
      values.every((text) => {
        const check = checkIdentifier(country ?? '', scheme, text);
        return check.valid && check.flags.length === 0;
      }),
    );
  return passing.length === 1 ? passing[0] : undefined;
}
