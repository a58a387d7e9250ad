import { foldForComparison } from '@veta/standard';
import { VetaError } from '../../core/veta-error.js';
import { profileColumns } from '../profiles/profile-columns.js';
import type { Profile } from '../profiles/profile.js';
import type { ColumnMap } from './raw-row.js';

/** A header name folded for matching: case, accents, spaces and punctuation aside. */
export function foldColumnName(name: string): string {
  return foldForComparison(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Matches a file's header to the columns its profile reads, once per file: a column is found under
 * its own name, else under a name that folds to it or to one of its synonyms. A column two of the
 * file's names fold to fails the file, since either could be meant. Rows keep the file's names
 * (the raw row is provenance); transforms look their columns up through this map.
 */
export function matchColumns(file: string, header: readonly string[], profile: Profile): ColumnMap {
  const byFold = new Map<string, string[]>();
  for (const name of header) {
    const folded = foldColumnName(name);
    byFold.set(folded, [...(byFold.get(folded) ?? []), name]);
  }
  const map: Record<string, string> = {};
  for (const column of profileColumns(profile)) {
    if (header.includes(column)) {
      map[column] = column;
      continue;
    }
    const names = [column, ...(profile.synonyms?.[column] ?? [])].map(foldColumnName);
    const found = [...new Set(names.flatMap((name) => byFold.get(name) ?? []))];
    if (found.length > 1)
      throw new VetaError(
        'HEADER_INVALID',
        `${file}, row 1: the columns ${found.map((name) => `"${name}"`).join(' and ')} could each be ${column} of the layout ${profile.id} (their names match once case, accents and punctuation are set aside). Rename one of them.`,
      );
    if (found[0] !== undefined) map[column] = found[0];
  }
  return map;
}

/** The profile's required columns the file has under no name. */
export function missingColumns(profile: Profile, columns: ColumnMap): string[] {
  return profile.required.filter((column) => columns[column] === undefined);
}
