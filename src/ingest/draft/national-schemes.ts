/** The two documents every Andean register names its parties by: a person's and a taxpayer's. */
interface NationalSchemes {
  person: string;
  tax: string;
}

// Each country's identity card and tax number, as the identifier-scheme vocabulary codes them:
// the same documents under each country's own names (a cédula is CC in Colombia, CI in Ecuador
// and Bolivia, a person's DNI in Peru; the tax number is RUC in Peru and Ecuador, NIT elsewhere).
const NATIONAL_SCHEMES: Readonly<Record<string, NationalSchemes>> = {
  PE: { person: 'DNI', tax: 'RUC' },
  CO: { person: 'CC', tax: 'NIT' },
  EC: { person: 'CI', tax: 'RUC' },
  BO: { person: 'CI', tax: 'NIT' },
};

/**
 * A precedent's scheme as the file's country names the same document: another country's identity
 * card is this country's (a Bolivian CI followed in a Colombian file is a CC), its tax number this
 * country's. A scheme the file's country has, or one of no country's (a passport), stands.
 */
export function nationalScheme(scheme: string, country: string | undefined): string {
  const own = country === undefined ? undefined : NATIONAL_SCHEMES[country];
  if (!own || scheme === own.person || scheme === own.tax) return scheme;
  const kinds = Object.values(NATIONAL_SCHEMES);
  if (kinds.some((other) => other.person === scheme)) return own.person;
  if (kinds.some((other) => other.tax === scheme)) return own.tax;
  return scheme;
}

/** The countries whose identity card or tax number a scheme is (NIT: Colombia's and Bolivia's). */
export function countriesOfScheme(scheme: string): string[] {
  return Object.entries(NATIONAL_SCHEMES)
    .filter(([, schemes]) => schemes.person === scheme || schemes.tax === scheme)
    .map(([country]) => country);
}
