import type { Rng } from './rng.js';
import { legalForm } from './world/legal-forms.js';
import type { Organisation, Person } from './world/types.js';

/** How dirty one registry's records are: probabilities of each kind of error. */
export interface NoiseProfile {
  readonly dropAccents: number;
  readonly swapSurnames: number;
  readonly dropMaternal: number;
  readonly typo: number;
  readonly legalFormVariant: number;
  readonly identifierTypo: number;
  readonly missingOptional: number;
}

/** A registry that keeps accents and is mostly careful. */
export const CAREFUL: NoiseProfile = {
  dropAccents: 0.1,
  swapSurnames: 0.02,
  dropMaternal: 0.05,
  typo: 0.02,
  legalFormVariant: 0.1,
  identifierTypo: 0.005,
  missingOptional: 0.03,
};

/** A registry typed by hand at a counter, often on systems without accents. */
export const SLOPPY: NoiseProfile = {
  dropAccents: 0.6,
  swapSurnames: 0.08,
  dropMaternal: 0.2,
  typo: 0.06,
  legalFormVariant: 0.5,
  identifierTypo: 0.02,
  missingOptional: 0.1,
};

/** Text without accents (Ñ kept, as most Andean systems keep it). */
export function dropAccents(text: string): string {
  // Decompose, drop combining marks, and leave Ñ alone: it survives in most Andean systems.
  return text.replace(/[^Ññ]+/g, (part) => part.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
}

/** The text with one typing error: two letters swapped, one dropped or one doubled. */
export function typo(rng: Rng, text: string): string {
  if (text.length < 4) return text;
  const at = rng.int(1, text.length - 2);
  const kind = rng.int(0, 2);
  if (kind === 0) return `${text.slice(0, at)}${text[at + 1] ?? ''}${text[at] ?? ''}${text.slice(at + 2)}`;
  if (kind === 1) return `${text.slice(0, at)}${text.slice(at + 1)}`;
  return `${text.slice(0, at)}${text[at] ?? ''}${text.slice(at)}`;
}

/** A person's name parts as one registry writes them (accents, order, missing maternal, typos). */
export function noisyPersonName(
  rng: Rng,
  person: Person,
  noise: NoiseProfile,
): { paternal: string; maternal: string; given: string } {
  let paternal = person.paternal;
  let maternal = rng.chance(noise.dropMaternal) ? '' : person.maternal;
  let given = rng.chance(0.15) ? (person.given[0] ?? '') : person.given.join(' ');
  if (maternal !== '' && rng.chance(noise.swapSurnames)) [paternal, maternal] = [maternal, paternal];
  if (rng.chance(noise.typo)) given = typo(rng, given);
  if (rng.chance(noise.typo)) paternal = typo(rng, paternal);
  const accents = rng.chance(noise.dropAccents);
  const clean = (s: string): string => (accents ? dropAccents(s) : s);
  return { paternal: clean(paternal), maternal: clean(maternal), given: clean(given) };
}

/** A person's full name in one field, surnames first ("GÓMEZ RESTREPO JUAN CARLOS") or given names first. */
export function noisyFullName(rng: Rng, person: Person, noise: NoiseProfile, surnamesFirst: boolean): string {
  const parts = noisyPersonName(rng, person, noise);
  const surnames = [parts.paternal, parts.maternal].filter((s) => s !== '').join(' ');
  return surnamesFirst ? `${surnames} ${parts.given}` : `${parts.given} ${surnames}`;
}

/** A company's name with its legal form, as one registry writes it. */
export function noisyOrgName(rng: Rng, org: Organisation, noise: NoiseProfile): string {
  const form = legalForm(org.legalForm);
  const suffix = rng.chance(noise.legalFormVariant) ? rng.pick(form.variants) : form.canonical;
  let name = suffix === '' ? org.name : `${org.name} ${suffix}`;
  if (rng.chance(noise.typo)) name = typo(rng, name);
  return rng.chance(noise.dropAccents) ? dropAccents(name) : name;
}

/** The value, or undefined when the registry left this optional field empty. */
export function maybe<T>(rng: Rng, noise: NoiseProfile, value: T): T | undefined {
  return rng.chance(noise.missingOptional) ? undefined : value;
}
