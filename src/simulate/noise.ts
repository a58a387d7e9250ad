import { AsyncLocalStorage } from 'node:async_hooks';
import type { Day } from './calendar.js';
import type { NoiseLevel } from './options.js';
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
  /** Birth date written with day and month swapped (only where both are 12 or less and differ). */
  readonly transposedBirthDate: number;
  /** Birth date that is no date (month 13 or more, day 32 or more), as mistyped into a free field. */
  readonly impossibleBirthDate: number;
  /** Given names written in the surname fields and surnames in the given-name field. */
  readonly swappedGivenAndSurnames: number;
}

// Kinds added for dirty lists (issue 25), written only at the high level: a normal run draws no
// random number for them, so the files of every seed stay byte for byte what they were.
const HIGH_ONLY: ReadonlySet<keyof NoiseProfile> = new Set([
  'transposedBirthDate',
  'impossibleBirthDate',
  'swappedGivenAndSurnames',
]);

// The level belongs to the run, not to a registry: each registry names its profile (CAREFUL or
// SLOPPY) where it writes a field, so the run's level is kept for the run's asynchronous scope
// rather than threaded through every writer, and two runs in one process never see each other's.
const runLevel = new AsyncLocalStorage<NoiseLevel>();

/** Runs a simulation (or part of one) at a noise level. */
export function withNoiseLevel<T>(level: NoiseLevel, run: () => T): T {
  return runLevel.run(level, run);
}

/**
 * The probability of one kind of error of a profile at a level (by default the running one): p at
 * the normal level (none for the high-only kinds), min(1, 2p) at the high level.
 */
export function noiseProbability(
  noise: NoiseProfile,
  kind: keyof NoiseProfile,
  level: NoiseLevel = runLevel.getStore() ?? 'normal',
): number {
  if (level === 'high') return Math.min(1, 2 * noise[kind]);
  return HIGH_ONLY.has(kind) ? 0 : noise[kind];
}

/** Whether this error happens to this field; a kind that cannot happen draws no random number. */
export function noiseHappens(rng: Rng, noise: NoiseProfile, kind: keyof NoiseProfile): boolean {
  const p = noiseProbability(noise, kind);
  return p > 0 && rng.chance(p);
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
  transposedBirthDate: 0.01,
  impossibleBirthDate: 0.005,
  swappedGivenAndSurnames: 0.01,
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
  transposedBirthDate: 0.04,
  impossibleBirthDate: 0.02,
  swappedGivenAndSurnames: 0.04,
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
  let maternal = noiseHappens(rng, noise, 'dropMaternal') ? '' : person.maternal;
  let given = rng.chance(0.15) ? (person.given[0] ?? '') : person.given.join(' ');
  if (maternal !== '' && noiseHappens(rng, noise, 'swapSurnames'))
    [paternal, maternal] = [maternal, paternal];
  if (noiseHappens(rng, noise, 'typo')) given = typo(rng, given);
  if (noiseHappens(rng, noise, 'typo')) paternal = typo(rng, paternal);
  const accents = noiseHappens(rng, noise, 'dropAccents');
  const clean = (s: string): string => (accents ? dropAccents(s) : s);
  if (noiseHappens(rng, noise, 'swappedGivenAndSurnames')) {
    // The given names land in the surname fields, first name as paternal, the rest as maternal.
    const [first = '', ...rest] = given.split(' ');
    const surnames = [paternal, maternal].filter((s) => s !== '').join(' ');
    return { paternal: clean(first), maternal: clean(rest.join(' ')), given: clean(surnames) };
  }
  return { paternal: clean(paternal), maternal: clean(maternal), given: clean(given) };
}

/** A person's birth date as one registry writes it: sometimes day and month swapped, sometimes no date at all. */
export function noisyBirthDate(rng: Rng, birth: Day, noise: NoiseProfile): Day {
  if (noiseHappens(rng, noise, 'impossibleBirthDate'))
    return { year: birth.year, month: rng.int(13, 19), day: rng.int(32, 49) };
  const transposable = birth.day <= 12 && birth.day !== birth.month;
  if (transposable && noiseHappens(rng, noise, 'transposedBirthDate'))
    return { year: birth.year, month: birth.day, day: birth.month };
  return birth;
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
  const suffix = noiseHappens(rng, noise, 'legalFormVariant') ? rng.pick(form.variants) : form.canonical;
  let name = suffix === '' ? org.name : `${org.name} ${suffix}`;
  if (noiseHappens(rng, noise, 'typo')) name = typo(rng, name);
  return noiseHappens(rng, noise, 'dropAccents') ? dropAccents(name) : name;
}

/** The value, or undefined when the registry left this optional field empty. */
export function maybe<T>(rng: Rng, noise: NoiseProfile, value: T): T | undefined {
  return noiseHappens(rng, noise, 'missingOptional') ? undefined : value;
}
