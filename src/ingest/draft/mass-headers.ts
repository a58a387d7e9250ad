import { columnWordConcept, UNITS } from '@veta/standard';

// The standard's units of mass, as header words (KG, G, T).
const MASS_UNITS: ReadonlySet<string> = new Set(
  UNITS.filter((unit) => unit.dimension === 'MASS').map((unit) => unit.code.toUpperCase()),
);
const WEIGHT = 'weight';
const QUANTITY = 'quantity';

/**
 * The concepts of a header's words, with a quantity whose header ends in a unit of mass read as a
 * weight: CANTIDAD_G is a mass in grams, as PESO_G is. A unit before the last word is a rate's
 * (AU_G_T, grams per tonne; CAPACIDAD_G_MES, grams a month) and says nothing so.
 */
export function conceptsOf(words: readonly string[]): string[] {
  const concepts = words.map(columnWordConcept);
  const last = words.at(-1) ?? '';
  if (!MASS_UNITS.has(last)) return concepts;
  return concepts.map((concept) => (concept === QUANTITY ? WEIGHT : concept));
}

// Whether a mass is the fine metal in it rather than the whole material, by the header's words.
const FINE = 'fine';

/**
 * Whether two headers of masses disagree on being fine masses (PESO_FINO_KG beside PESO_NETO_KG):
 * the metal a material holds is never the material's mass, whatever else the names share.
 */
export function otherMass(a: readonly string[], b: readonly string[]): boolean {
  const conceptsA = conceptsOf(a);
  const conceptsB = conceptsOf(b);
  if (!conceptsA.includes(WEIGHT) || !conceptsB.includes(WEIGHT)) return false;
  return conceptsA.includes(FINE) !== conceptsB.includes(FINE);
}
