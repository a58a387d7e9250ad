import { detectLegalForm, foldForComparison } from '@veta/standard';

/** A name ready for comparison: folded tokens (accents gone only here, never in stored data). */
export interface PreparedName {
  readonly tokens: readonly string[];
  /** The tokens sorted and joined: equal for the same words in any order. */
  readonly signature: string;
  /** Person name parts, folded, when the source gave them apart. */
  readonly parts?: { readonly given: string; readonly paternal: string; readonly maternal: string };
  /** The legal form found at the end of an organisation name (its abbreviation or name). */
  readonly legalForm?: string;
}

// Particles travel with the word after them, as in the standard's name parser: "DE LA CRUZ" is one
// surname, and "DELACRUZ" one token, so it is never matched on "DE" alone.
const PARTICLES = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'SAN', 'SANTA']);

// Words that carry no identity in an organisation name once its legal form is gone.
const ORGANISATION_STOP_WORDS = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'EL',
  'Y',
  'E',
  'EN',
  'THE',
  'OF',
  'AND',
]);

/** Folded words of a text: letters and digits only. */
export function foldedWords(text: string): string[] {
  return foldForComparison(text)
    .replace(/[^A-Z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/** A person's name: tokens with particles joined, and folded parts when given. */
export function preparePersonName(
  name: string,
  parts?: { given?: string | undefined; paternal?: string | undefined; maternal?: string | undefined },
): PreparedName {
  const tokens = joinParticles(foldedWords(name));
  const prepared = { tokens, signature: [...tokens].sort().join(' ') };
  if (!parts || (parts.paternal === undefined && parts.given === undefined)) return prepared;
  const fold = (text: string | undefined): string => joinParticles(foldedWords(text ?? '')).join(' ');
  return {
    ...prepared,
    parts: { given: fold(parts.given), paternal: fold(parts.paternal), maternal: fold(parts.maternal) },
  };
}

/** An organisation's name without its legal form (GLEIF ELF, any spelling) and stop words. */
export function prepareOrganisationName(name: string, country?: string): PreparedName {
  const match = detectLegalForm(name, country) ?? detectLegalForm(name);
  const words = foldedWords(match ? match.legalName : name);
  const kept = words.filter((word) => !ORGANISATION_STOP_WORDS.has(word));
  const tokens = kept.length > 0 ? kept : words;
  const legalForm = match ? (match.legalForm.abbreviation ?? match.legalForm.name) : undefined;
  return {
    tokens,
    signature: [...tokens].sort().join(' '),
    ...(legalForm ? { legalForm: foldForComparison(legalForm) } : {}),
  };
}

function joinParticles(words: readonly string[]): string[] {
  const result: string[] = [];
  let pending = '';
  for (const word of words) {
    if (PARTICLES.has(word)) {
      pending += word;
      continue;
    }
    result.push(pending + word);
    pending = '';
  }
  if (pending !== '') result.push(pending);
  return result;
}
