import type { PersonNameParts } from '../records/party.js';
import { foldForComparison } from '../text/fold.js';

/** The order of a full name in a source: "JUAN CARLOS GOMEZ RESTREPO" or "GOMEZ RESTREPO JUAN CARLOS". */
export type NameOrder = 'GIVEN_FIRST' | 'SURNAMES_FIRST';

// Particles belong to the word after them: "de la Cruz" is one surname, "del Carmen" one given name.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'SAN', 'SANTA']);

/**
 * Splits a full name into given names and paternal and maternal surnames, keeping particles with
 * their surname. A comma separates surnames from given names whatever the order.
 */
export function parsePersonName(fullName: string, order: NameOrder = 'GIVEN_FIRST'): PersonNameParts {
  const comma = fullName.indexOf(',');
  if (comma >= 0) {
    const surnames = units(fullName.slice(0, comma));
    return build(units(fullName.slice(comma + 1)), surnames[0], surnames.slice(1));
  }
  const parts = units(fullName);
  if (parts.length <= 1) return build([], parts[0], []);
  const surnameCount = parts.length >= 3 ? 2 : 1;
  if (order === 'SURNAMES_FIRST')
    return build(parts.slice(surnameCount), parts[0], parts.slice(1, surnameCount));
  const surnames = parts.slice(-surnameCount);
  return build(parts.slice(0, -surnameCount), surnames[0], surnames.slice(1));
}

function build(
  given: readonly string[],
  paternal: string | undefined,
  maternal: readonly string[],
): PersonNameParts {
  const parts: { givenNames?: string; paternalSurname?: string; maternalSurname?: string } = {};
  if (given.length > 0) parts.givenNames = given.join(' ');
  if (paternal) parts.paternalSurname = paternal;
  if (maternal.length > 0) parts.maternalSurname = maternal.join(' ');
  return parts;
}

/** Groups words so that each particle run travels with the word that follows it. */
function units(text: string): string[] {
  const result: string[] = [];
  let pending: string[] = [];
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    pending.push(word);
    if (!NAME_PARTICLES.has(foldForComparison(word))) {
      result.push(pending.join(' '));
      pending = [];
    }
  }
  if (pending.length > 0) result.push(pending.join(' '));
  return result;
}
