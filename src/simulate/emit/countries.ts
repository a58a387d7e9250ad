import { resolveCountry, type Country } from '@veta/standard';
import { dropAccents } from '../noise.js';

function country(alpha2: string): Country {
  const found = resolveCountry(alpha2);
  if (!found) throw new Error(`Country ${alpha2} is not in the standard's code list`);
  return found;
}

/** The Spanish name as Colombian files write it: upper case, no accents ("EMIRATOS ARABES UNIDOS"). */
export function spanishCountryName(alpha2: string): string {
  return dropAccents(country(alpha2).nameEs.toUpperCase());
}

/** ISO alpha-3 code, as UN Comtrade writes countries. */
export function alpha3(alpha2: string): string {
  return country(alpha2).alpha3;
}

/** IMF Direction of Trade Statistics country code. */
export function imfCode(alpha2: string): string {
  return country(alpha2).imf;
}

/** English name, as the IMF writes it. */
export function englishName(alpha2: string): string {
  return country(alpha2).nameEn;
}
