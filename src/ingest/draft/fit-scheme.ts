import { checkIdentifier, columnWordConcept, IDENTIFIER_SCHEMES, VALIDATED_SCHEMES } from '@veta/standard';
import { headerWords } from './column-names.js';
import { sniffIdentifierScheme } from './sniff-values.js';

const SCHEMES: ReadonlySet<string> = new Set(IDENTIFIER_SCHEMES);
// The vocabulary's concepts of words that name a kind of identity document (RUC, CEDULA).
const DOCUMENT_CONCEPTS: ReadonlySet<string> = new Set(['tax-id', 'person-id']);

/** How a column's identifiers are read: one scheme, or a scheme per length of the number. */
export type SchemeChoice = { scheme: string } | { schemeByLength: Record<string, string> };

/**
 * The scheme of an identifier column of the new file: per length when its values mix two of the
 * country's schemes told apart so (Ecuador's 10-digit cédula and 13-digit RUC in one column, which
 * a header such as RUC_CEDULA names both of) and the transform can read them so; else the scheme
 * its header names (RUC_SOCIO); else the one of the file's country whose check digits the values
 * pass. Undefined when nothing tells: the precedent's scheme stands then.
 */
export function fitScheme(
  header: string,
  values: readonly string[],
  country: string | undefined,
  byLengthAllowed: boolean,
): SchemeChoice | undefined {
  const words = headerWords(header);
  const named = words.filter((word) => SCHEMES.has(word));
  // A header naming one scheme is believed; one naming two documents may well hold both.
  const documents = words.filter(
    (word) => SCHEMES.has(word) || DOCUMENT_CONCEPTS.has(columnWordConcept(word)),
  );
  if (named.length === 1 && documents.length === 1) return { scheme: named[0] ?? '' };
  const byLength = byLengthAllowed ? schemesByLength(values, country) : undefined;
  if (byLength) return { schemeByLength: byLength };
  const [sniffedCountry, sniffed] = sniffIdentifierScheme(values)?.split(':') ?? [];
  const scheme = named[0] ?? (sniffedCountry === country ? sniffed : undefined);
  return scheme === undefined ? undefined : { scheme };
}

/**
 * A column mixing two of the country's schemes told apart by length (Ecuador's 10-digit cédula
 * and 13-digit RUC): each length's values pass one scheme's check digits.
 */
function schemesByLength(
  values: readonly string[],
  country: string | undefined,
): Record<string, string> | undefined {
  const lengths = new Map<number, string[]>();
  for (const text of values) lengths.set(text.length, [...(lengths.get(text.length) ?? []), text]);
  if (lengths.size < 2) return undefined;
  const schemes: Record<string, string> = {};
  for (const [length, group] of lengths) {
    const [sniffedCountry, sniffed] = sniffIdentifierScheme(group)?.split(':') ?? [];
    const scheme = sniffedCountry === country ? sniffed : onlyPassingScheme(group, country);
    if (scheme === undefined) return undefined;
    schemes[String(length)] = scheme;
  }
  return new Set(Object.values(schemes)).size > 1 ? schemes : undefined;
}

// The one scheme of the country every value passes, when its check digit sits before a suffix the
// sniffer's last-digit test cannot tell (an Ecuadorian RUC ends in 001).
function onlyPassingScheme(values: readonly string[], country: string | undefined): string | undefined {
  const passing = countrySchemes(country).filter((scheme) =>
    values.every((text) => passes(country ?? '', scheme, text)),
  );
  return passing.length === 1 ? passing[0] : undefined;
}

function countrySchemes(country: string | undefined): string[] {
  return VALIDATED_SCHEMES.filter((key) => key.startsWith(`${country ?? ''}:`)).map(
    (key) => key.split(':')[1] ?? '',
  );
}

function passes(country: string, scheme: string, text: string): boolean {
  const check = checkIdentifier(country, scheme, text);
  return check.valid && check.flags.length === 0;
}

type Kind = 'PERSON' | 'ORGANISATION';

/**
 * The kind of party a column's identifiers are of where the spec's scheme does not tell it: the
 * values that scheme cannot read (cédulas in a column read as RUC) belong to the holders of the
 * country's scheme they pass, a person's document being a person's. Undefined when the scheme
 * tells every value, or no scheme of the country tells the rest one way.
 */
export function fitFallback(
  values: readonly string[],
  scheme: string,
  country: string | undefined,
): Kind | undefined {
  if (country === undefined) return undefined;
  const untold = values.filter((text) => checkIdentifier(country, scheme, text).holderKind === undefined);
  const kinds = untold.flatMap((text) => {
    const told = countrySchemes(country)
      .filter((other) => passes(country, other, text))
      .map((other) => checkIdentifier(country, other, text).holderKind);
    const distinct = new Set(told.filter((kind) => kind !== undefined));
    return distinct.size === 1 ? [...distinct] : [];
  });
  const persons = kinds.filter((kind) => kind === 'PERSON').length;
  const organisations = kinds.length - persons;
  // Most of the values the scheme leaves untold must agree, or the column says nothing of them.
  if (untold.length === 0 || Math.max(persons, organisations) < untold.length / 2) return undefined;
  return persons > organisations ? 'PERSON' : 'ORGANISATION';
}
