import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { readDataJson } from '../data-files.js';
import { foldForComparison } from '../text/fold.js';

/** An ISO 3166-1 alpha-2 country code; a country's canonical identifier is this code alone. */
export const CountryCode = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 code.' });
export type CountryCode = Static<typeof CountryCode>;

/** One entry of the countries code list. */
export const Country = Type.Object(
  {
    alpha2: CountryCode,
    alpha3: Type.String({ pattern: '^[A-Z]{3}$' }),
    imf: Type.String({ pattern: '^[0-9]{3}$', description: 'IMF (DOTS) country code.' }),
    nameEn: Type.String(),
    nameEs: Type.String({ description: 'Spanish name as an agency writes it, accents kept.' }),
    aliasesEs: Type.Array(Type.String(), { description: 'Other Spanish spellings found in national files.' }),
  },
  { additionalProperties: false },
);
export type Country = Static<typeof Country>;

const CountryFile = Type.Object({ description: Type.String(), countries: Type.Array(Country) });

let cache: { countries: readonly Country[]; byTerm: Map<string, Country> } | undefined;

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const file = Value.Parse(CountryFile, readDataJson('codes/countries.json'));
  const byTerm = new Map<string, Country>();
  for (const country of file.countries) {
    for (const term of [
      country.alpha2,
      country.alpha3,
      country.nameEn,
      country.nameEs,
      ...country.aliasesEs,
    ]) {
      byTerm.set(foldForComparison(term), country);
    }
  }
  cache = { countries: file.countries, byTerm };
  return cache;
}

/** The countries code list, in alpha-2 order. */
export function listCountries(): readonly Country[] {
  return load().countries;
}

/** Finds a country by alpha-2, alpha-3, English or Spanish name, ignoring accents and case. */
export function resolveCountry(term: string): Country | undefined {
  return load().byTerm.get(foldForComparison(term));
}

/** Finds a country by its IMF Direction of Trade Statistics code (e.g. "293" for Peru). */
export function countryByImfCode(code: string): Country | undefined {
  return load().countries.find((country) => country.imf === code.trim());
}
