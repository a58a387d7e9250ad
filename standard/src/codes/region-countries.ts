/**
 * The countries whose national files the standard harmonises: the one list the simulator, user
 * scopes, the API and the docs name. Their codes, names and IMF codes are in the countries code list
 * (codes/countries.json); codes/region-countries.test.ts checks each one is there.
 */

/** The region's countries, in the order Veta lists them (Peru, Colombia, Ecuador, Bolivia). */
export const REGION_COUNTRIES = ['PE', 'CO', 'EC', 'BO'] as const;
export type RegionCountry = (typeof REGION_COUNTRIES)[number];

/**
 * The time zone of each country's agencies: a timestamp a national file writes without a zone is
 * read in it. None of them keeps daylight saving time.
 */
export const REGION_TIME_ZONES: Readonly<Record<RegionCountry, string>> = {
  PE: 'America/Lima',
  CO: 'America/Bogota',
  EC: 'America/Guayaquil',
  BO: 'America/La_Paz',
};

/**
 * The pairs of the region's countries that share a land border, each pair once: where gold can
 * cross without a customs declaration (Colombia and Bolivia, Ecuador and Bolivia do not touch).
 */
export const REGION_BORDERS: readonly (readonly [RegionCountry, RegionCountry])[] = [
  ['PE', 'CO'],
  ['PE', 'EC'],
  ['PE', 'BO'],
  ['CO', 'EC'],
];
