import { readdirSync } from 'node:fs';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { METAL_CODES } from './codes/commodities.js';
import { listCountries, resolveCountry } from './codes/countries.js';
import { VOCABULARIES } from './codes/vocabularies.js';
import { dataDirectory, readDataJson } from './data-files.js';
import { listLegalForms } from './names/legal-forms.js';
import { foldForComparison } from './text/fold.js';
import { UNIT_CODES } from './units.js';

/** A crosswalk file: national terms of some layout columns mapped to one harmonised code list. */
export const Crosswalk = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9-]+$' }),
    vocabulary: Type.String({ description: 'Name of the harmonised code list the terms map to.' }),
    description: Type.String(),
    appliesTo: Type.Array(
      Type.Object({ layout: Type.String(), column: Type.String() }, { additionalProperties: false }),
    ),
    terms: Type.Array(
      Type.Object(
        {
          term: Type.String({ minLength: 1 }),
          code: Type.String({ minLength: 1 }),
          note: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type Crosswalk = Static<typeof Crosswalk>;

/** A national term mapped to its harmonised code. */
export interface TermMapping {
  readonly code: string;
  readonly crosswalk: string;
  readonly note?: string;
}

let cache: readonly Crosswalk[] | undefined;

/** Every crosswalk shipped in data/crosswalks, sorted by id. */
export function listCrosswalks(): readonly Crosswalk[] {
  cache ??= readdirSync(dataDirectory('crosswalks/'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => Value.Parse(Crosswalk, readDataJson(`crosswalks/${file}`)));
  return cache;
}

/** The crosswalk with this id, if the standard has one. */
export function crosswalkById(id: string): Crosswalk | undefined {
  return listCrosswalks().find((crosswalk) => crosswalk.id === id);
}

/** The crosswalk that applies to a layout's column, if any. */
export function crosswalkFor(layout: string, column: string): Crosswalk | undefined {
  return listCrosswalks().find((crosswalk) =>
    crosswalk.appliesTo.some((target) => target.layout === layout && target.column === column),
  );
}

const termIndexes = new WeakMap<Crosswalk, Map<string, Crosswalk['terms'][number]>>();

// Ingestion maps millions of terms: fold each crosswalk's terms once, not on every lookup.
function termIndex(crosswalk: Crosswalk): Map<string, Crosswalk['terms'][number]> {
  let index = termIndexes.get(crosswalk);
  if (!index) {
    index = new Map();
    for (const entry of crosswalk.terms) {
      const key = foldForComparison(entry.term);
      if (!index.has(key)) index.set(key, entry);
    }
    termIndexes.set(crosswalk, index);
  }
  return index;
}

/**
 * Maps a national term of a layout column to its harmonised code, folding accents and case only:
 * through the crosswalk the layout's profile names for the column (`crosswalkId`), else the one
 * whose appliesTo names the layout's column.
 */
export function mapTerm(
  layout: string,
  column: string,
  term: string,
  crosswalkId?: string,
): TermMapping | undefined {
  const crosswalk = crosswalkId === undefined ? crosswalkFor(layout, column) : crosswalkById(crosswalkId);
  if (!crosswalk) return undefined;
  const entry = termIndex(crosswalk).get(foldForComparison(term));
  if (entry)
    return { code: entry.code, crosswalk: crosswalk.id, ...(entry.note ? { note: entry.note } : {}) };
  // Country names live in the countries code list, so a new alias is added in one place only.
  const country = crosswalk.vocabulary === 'country' ? resolveCountry(term) : undefined;
  return country ? { code: country.alpha2, crosswalk: crosswalk.id } : undefined;
}

/** The codes of a harmonised code list, including those defined by data (countries, legal forms, units, metals). */
export function vocabularyValues(name: string): readonly string[] | undefined {
  switch (name) {
    case 'country':
      return listCountries().map((country) => country.alpha2);
    case 'legalForm':
      return listLegalForms().map((form) => form.elfCode);
    case 'unit':
      return UNIT_CODES;
    case 'metal':
      return METAL_CODES;
    default:
      return VOCABULARIES.find((vocabulary) => vocabulary.name === name)?.values;
  }
}
